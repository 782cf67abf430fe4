class Main {
	static function main() {
		var a = 1 - 2 - 3;
		var b = 8 / 4 / 2;
		var c = 2 * 3 % 2;
		var d = 7 % 3 * 2;
		var e = 1 << 2 + 3;
		var f = 1 + 2 << 3;
		var g = a & b == c;
		var h = a == b & c;
		var i = a | b ^ c & d;
		var j = a < b == c > d;
		var k = 0...a + 1;
		var l = a...b == c;
		var m = a && b || c && d;
		var n = a || b && c;
		var o = a = b = c;
		var p = a += b -= c;
		var q = a >>= 1;
		var r = a >>>= b >> 1;
		var s = a > b;
		var t = a >= b;
		var u = a >> b >>> c;
		var v = a <= b;
		var w = a <<= 2;
		var x = a %= 2;
		var y = a |= b &= c ^= d;
		var z = x in a...b;
		var aa = a == b != c;
		var bb = a + b => c * d;
		var cc = a => b => c;
		var dd = a = b => c;
		var ee = a || b = c;
	}
}
