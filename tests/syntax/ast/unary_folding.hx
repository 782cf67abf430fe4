class Main {
	static function main() {
		var a = -1;
		var b = -1.5;
		var c = - 1;
		var d = -x;
		var e = -(1);
		var f = --x;
		var g = x--;
		var h = -0x10;
		var i = !x;
		var j = ~x;
		var k = !!x;
		var l = -(-1);
		var m = - -1;
		var n = 1 - -1;
		var o = -1 + 2;
		var p = -x.y;
		var q = -x[0];
		var r = -f();
		var s = ++x.y;
		var t = -1e3;
		var u = -.5;
		var v = -x++;
		var w = ~1;
		var y = !true;
	}
}
