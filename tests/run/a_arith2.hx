class Main {
	static function gcd(a:Int, b:Int):Int return b == 0 ? a : gcd(b, a % b);

	static function hash(s:String):Int {
		var h = 5381;
		for (i in 0...s.length) h = ((h << 5) + h) + s.charCodeAt(i);
		return h;
	}

	static function fnv(s:String):Int {
		var h = 0x811C9DC5;
		for (i in 0...s.length) {
			h ^= s.charCodeAt(i);
			h *= 0x01000193;
		}
		return h;
	}

	static function main() {
		trace(7 / 2);
		trace(-7 / 2);
		trace(7 % 3 + " " + (-7) % 3 + " " + 7 % -3 + " " + (-7) % -3);
		trace(Std.int(7 / 2) + " " + Std.int(-7 / 2) + " " + Std.int(3.99) + " " + Std.int(-3.99));
		trace(5.5 % 2 + " " + (-5.5) % 2);
		trace(1 / 0 + " " + -1 / 0);
		trace(Math.isNaN(0 / 0));
		var big = 2147483647;
		big++;
		trace(big);
		var m = 0x7fffffff;
		trace(m + 1);
		trace(m * 2);
		trace(-2147483648 - 1);
		trace(65536 * 65536);
		trace(46341 * 46341);
		trace(1 << 31);
		trace(1 << 32);
		trace(1 << 33);
		trace(-16 >> 2);
		trace(-16 >>> 2);
		trace(0xFF & 0x0F | 0x30 ^ 0x11);
		trace(~5 + " " + ~(-1));
		trace(hash("hello"));
		trace(fnv("hello"));
		trace(gcd(462, 1071));
		trace(Std.parseInt("42") + Std.parseInt("-17") + Std.parseInt("  8"));
		trace(Std.parseInt("0x1F"));
		trace(Std.parseInt("12abc"));
		trace(Std.parseInt("abc"));
		trace(Std.parseFloat("3.25") + Std.parseFloat("1e3"));
		trace(Std.parseFloat("2.5xyz"));
		trace(Std.parseFloat("nope"));
		trace(10 / 4 * 2);
		trace(1.0);
		trace(2.50);
		trace(1e21);
		trace(1.5e-7);
		trace(0.1 + 0.2);
		trace(100000000.0 * 10);
		trace(123456789.123);
		trace(-0.0);
		trace(3 * 1.5);
		var f:Float = 10;
		trace(f);
		trace(f / 3);
		trace(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.round(-2.5) + " " + Math.round(2.5));
		trace(Math.abs(-3) + " " + Math.max(2, 7.5) + " " + Math.min(-1, 4));
		trace(Math.pow(2, 10) + " " + Math.sqrt(144));
		var i:Int = 17;
		i += 3; i -= 1; i *= 2; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 0xFE; i ^= 0xFF;
		trace(i);
		var x = 10;
		var y = x++ + ++x;
		trace(x + " " + y);
		var z = x-- - --x;
		trace(x + " " + z);
		trace(2 + 3 * 4 - 6 / 2);
		trace((2 + 3) * (4 - 6) / 2);
		trace(17 >> 1 + 1);
		trace(3 & 5 == 5 ? "t" : "f");
		var u:UInt = 0xFFFFFFFF;
		trace(u);
		var u2:UInt = 0xB2D05E00;
		trace(u2 > 5);
		trace(Std.string(12) + Std.string(3.5));
		var bits = 0;
		var n = 255;
		while (n != 0) { bits += n & 1; n >>>= 1; }
		trace("bits " + bits);
		trace(0x7FFFFFFF + 0x7FFFFFFF);
		var fact = 1;
		for (k in 1...15) fact *= k;
		trace("13! wrapped = " + fact);
		var ff = 1.0;
		for (k in 1...21) ff *= k;
		trace("20! = " + ff);
		trace(Std.int(1e10));
		trace(Math.fround(2.4) + " " + Math.ffloor(-1.5));
		trace(Std.int(-0.5));
		trace(7.0 / 2.0 == 3.5);
		trace(1 == 1.0);
	}
}
