// Float formatting and arithmetic: what Std.string prints for fractions, integers, large and small
// magnitudes and special values; rounding functions; mixing Int and Float.
class Main {
	static function main() {
		Sys.println(1.5);
		Sys.println(2.0);
		Sys.println(-0.25);
		Sys.println(1 / 4);
		Sys.println(1 / 3);
		Sys.println(0.1 + 0.2);
		Sys.println(1e10);
		Sys.println(1e21);
		Sys.println(1.5e-5);
		Sys.println(123456.789);
		Sys.println(3.0 * 1.1);
		Sys.println(Math.sqrt(2));
		Sys.println(Math.PI);
		Sys.println(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.round(2.5) + " " + Math.round(-2.5));
		Sys.println(Math.ffloor(7.9) + " " + Math.fceil(7.1));
		Sys.println(Math.max(3, 8.5) + " " + Math.min(-1, 2));
		Sys.println(7 / 2 + 1);
		Sys.println(Std.int(9.99) + " " + Std.int(-9.99));
		var nan = Math.NaN;
		Sys.println(Math.isNaN(nan) + " " + (nan == nan) + " " + Math.isFinite(1.0 / 0.0));
		Sys.println(1.0 / 0.0 > 1e308);
		var sum = 0.0;
		for (i in 0...10) sum += 0.1;
		Sys.println(sum);
		Sys.println(sum == 1.0);
		Sys.println(Math.abs(sum - 1.0) < 1e-9);
		var f:Float = 5;
		Sys.println(f);
		Sys.println("x=" + 0.5 + ", y=" + 100.0);
	}
}
