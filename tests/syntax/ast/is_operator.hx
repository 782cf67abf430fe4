class Main {
	static function main() {
		var a = x is String;
		var b = x is Array<Int>;
		var c = !x is Bool;
		var d = -x is Int;
		var e = 1 + 2 is Int;
		var f = x is Int && y is Float;
		var g = x is Int ? 1 : 2;
		var h = a.b is haxe.ds.StringMap<Int>;
		var i = x is Int == true;
		var j = f() is Main;
		var k = x++ is Int;
		var l = @m x is Int;
		var m = (x is Int);
	}
}
