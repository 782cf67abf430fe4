class Main {
	static function main() {
		var a = cast x;
		var b = cast(x, String);
		var c = cast(x, Array<Int>).length;
		var d = cast x + 1;
		var e = (cast x : Int);
		var f = cast(x);
		var g = cast(x).field;
		var h = cast(x) + 1;
		var i = cast (x : Int);
		var j = cast(x : Int).field;
		var k = 1 + cast x;
		var l = cast cast x;
		var m = -cast x;
		var n = cast(x, haxe.ds.StringMap<Int>);
		var o = cast(x)[0];
		var p = cast(x) ? 1 : 2;
	}
}
