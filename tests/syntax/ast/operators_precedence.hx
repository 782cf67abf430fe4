class Main {
	static function main() {
		var a = 1 + 2 * 3 % 4;
		var b = 1 | 2 == 3;
		var c = a = b += 1;
		var d = x || y && z ? 1 : 2;
		var e = -2 * -x;
		var f = i >> 2 >>> 1 >= 3;
		var g = 1...10;
		var h = !a || b;
		var i = x++ + ++y;
		var j = 1 + 2 is Int;
	}
}
