class Main {
	static function round2(x:Float):Float return Math.round(x * 100) / 100;

	static function main() {
		var vals = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e21, 1e-7, 123456789.123, -3.999, 1 / 3];
		for (v in vals) {
			Sys.println(v + " floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " round=" + Math.round(v) + " abs=" + Math.abs(v));
		}
		Sys.println(Math.sqrt(2) + " " + Math.pow(2, 10) + " " + Math.pow(2, 0.5) + " " + Math.pow(10, -2));
		Sys.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.tan(Math.PI / 4));
		Sys.println(Math.atan2(1, 1) + " " + Math.asin(1) + " " + Math.acos(0) + " " + Math.atan(1));
		Sys.println(Math.exp(1) + " " + Math.log(Math.exp(1)) + " " + Math.log(100) / Math.log(10));
		Sys.println(Math.min(3, -2) + " " + Math.max(3, -2) + " " + Math.min(1.5, 2));
		Sys.println(Math.PI + " " + Math.exp(2));
		Sys.println(Math.NaN + " " + Math.POSITIVE_INFINITY + " " + Math.NEGATIVE_INFINITY);
		Sys.println(Math.isNaN(Math.NaN) + " " + Math.isNaN(1) + " " + Math.isFinite(1 / 0) + " " + Math.isFinite(42));
		Sys.println((0 / 0) + " " + (1 / 0) + " " + (-1 / 0) + " " + Math.sqrt(-1));
		Sys.println(Math.NaN == Math.NaN);
		Sys.println(Math.fround(2.5) + " " + Math.ffloor(-2.5) + " " + Math.fceil(-2.5));
		Sys.println(Std.int(3.99) + " " + Std.int(-3.99) + " " + Std.int(1e9));
		Sys.println(0.1 + 0.2);
		Sys.println(1.0 + " " + 100.0 + " " + 1e10 + " " + 1.23e-5 + " " + 12345678901234567890.0);
		Sys.println(2147483647 + 1);
		Sys.println(-2147483648 - 1);
		Sys.println(65536 * 65536);
		Sys.println(46341 * 46341);
		Sys.println(7 / 2 + " " + 7 % 3 + " " + -7 % 3 + " " + 7.5 % 2);
		Sys.println(round2(3.14159) + " " + round2(2.675) + " " + round2(-1.005));
		Sys.println(1e15 + " " + 1e16 + " " + 123e18 + " " + 1.5e300 * 1e10);
		Sys.println(5e-324 + " " + 2.2250738585072014e-308);
		Sys.println(0.000001 + " " + 0.0000001);
		var total = 0.0;
		for (i in 0...10) total += 0.1;
		Sys.println(total + " " + (total == 1.0) + " " + (Math.abs(total - 1.0) < 1e-9));
		// statistics
		var data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
		var mean = Lambda.fold(data, (x, acc) -> acc + x, 0.0) / data.length;
		var variance = Lambda.fold(data, (x, acc) -> acc + (x - mean) * (x - mean), 0.0) / data.length;
		Sys.println("mean=" + mean + " var=" + variance + " sd=" + Math.sqrt(variance));
		// hypot, distance
		var dx = 3.0, dy = 4.0;
		Sys.println(Math.sqrt(dx * dx + dy * dy));
		// degrees
		for (deg in [0, 30, 45, 60, 90, 180]) {
			var rad = deg * Math.PI / 180;
			Sys.println(deg + ": " + round2(Math.sin(rad)) + " " + round2(Math.cos(rad)));
		}
		// integer math helpers
		function gcd(a:Int, b:Int):Int return b == 0 ? a : gcd(b, a % b);
		Sys.println(gcd(48, 18) + " " + gcd(17, 5));
		var fact = 1.0;
		for (i in 1...21) fact *= i;
		Sys.println("20! = " + fact);
		var ifact = 1;
		for (i in 1...14) ifact *= i;
		Sys.println("13! int = " + ifact);
		Sys.println(Math.floor(-0.5) + " " + Math.round(-0.5) + " " + Math.round(0.49999999999999994));
		Sys.println(Std.string(1.0 / 3.0 * 3.0) + " " + (2.0 / 3.0));
		Sys.println(Math.abs(-2147483647) + " " + Math.pow(2, 31) + " " + Math.pow(2, 53) + " " + Math.pow(2, 64));
		Sys.println(-1e-10 + " " + 1.0e-4 + " " + 123.456e2);
	}
}
