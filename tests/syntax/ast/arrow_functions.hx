class Main {
	static function main() {
		var a = x -> x * 2;
		var b = (x) -> x;
		var c = (a, b) -> a + b;
		var d = () -> 42;
		var e = (a:Int) -> a;
		var f = (a:Int, b:String) -> b;
		var g = (?a:Int) -> a;
		var h = (a:Int = 1) -> a;
		var i = (a = 1, b) -> a;
		var j = a -> b -> a + b;
		var k = (a) -> (b) -> a;
		var l = () -> {
			trace(1);
		};
		var m = x -> x > 0 ? 1 : 2;
		var n = x -> y = x;
		var o = [1, 2].map(x -> x + 1);
		var q = f(a -> a, b -> b);
		var r = x -> (y:Int) -> x + y;
		var s = (a, b:Int, ?c) -> null;
		var t = 1 + x -> x;
	}
}
