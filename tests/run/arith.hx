// Int arithmetic on 32 bits: precedence, division and modulo signs, shifts, wrap-around on overflow.
class Main {
	static function main() {
		var a = 17, b = 5;
		Sys.println(a + b * 2 - 3);
		Sys.println((a + b) * 2);
		Sys.println(a % b);
		Sys.println(-a % b);
		Sys.println(a % -b);
		Sys.println(a / b);
		Sys.println(Std.int(a / b));
		Sys.println(Std.int(-a / b));
		Sys.println(a & b);
		Sys.println(a | b);
		Sys.println(a ^ b);
		Sys.println(~a);
		Sys.println(1 << 10);
		Sys.println(-16 >> 2);
		Sys.println(-16 >>> 28);
		// wrap-around: 32-bit two's complement
		var big = 2147483647;
		big++;
		Sys.println(big);
		Sys.println(2147483647 + 1);
		Sys.println(-2147483648 - 1);
		Sys.println(65536 * 65536);
		Sys.println(123456789 * 1000);
		Sys.println(1 << 31);
		var h = 0;
		for (c in [104, 97, 120, 101]) h = h * 31 + c;
		Sys.println(h);
		var x = 7;
		x += 3;
		x -= 1;
		x *= 4;
		x %= 10;
		x <<= 2;
		Sys.println(x);
		var i = 5;
		Sys.println(i++ + ++i);
		Sys.println(i-- - --i);
		Sys.println(i);
		// factorial wraps long before 20!
		var f = 1;
		for (k in 1...20) f *= k;
		Sys.println(f);
		Sys.println(Math.abs(-7) + " " + Std.int(Math.pow(2, 10)));
		Sys.println(0xFF + 0x10);
		Sys.println(10 == 10.0);
		Sys.println(3 < 4 && 4 <= 4 && !(5 > 6) && 5 >= 5 && 1 != 2);
	}
}
