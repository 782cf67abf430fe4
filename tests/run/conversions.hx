// Standard conversions: Std.parseInt (decimal, hex, signs, leading digits, garbage), Std.parseFloat,
// Std.string on basic values and null, Std.int, Std.isOfType on basic types, Std.random bounds.
class Main {
	static function main() {
		for (s in ["42", "-17", "  8", "0x1F", "12abc", "abc", "", "+5", "3.9"]) Sys.println('parseInt("$s") = ' + Std.parseInt(s));
		for (s in ["3.25", "-0.5", "1e3", "2.5xyz", "nope", "7"]) Sys.println('parseFloat("$s") = ' + Std.parseFloat(s));
		Sys.println(Math.isNaN(Std.parseFloat("nope")));
		Sys.println(Std.string(12) + Std.string(true) + Std.string(null) + Std.string(1.25) + Std.string("s"));
		Sys.println(Std.string([1, 2]) + " " + Std.string([[true], []]));
		Sys.println(Std.int(3.7) + Std.int(-3.7));
		var v:Dynamic = 5;
		Sys.println(Std.isOfType(v, Int) + " " + Std.isOfType(v, Float) + " " + Std.isOfType(v, String));
		var w:Dynamic = "txt";
		Sys.println(Std.isOfType(w, String) + " " + Std.isOfType(w, Int));
		var fl:Dynamic = 2.5;
		Sys.println(Std.isOfType(fl, Float) + " " + Std.isOfType(fl, Int));
		var bo:Dynamic = false;
		Sys.println(Std.isOfType(bo, Bool));
		var arr:Dynamic = [1];
		Sys.println(Std.isOfType(arr, Array));
		var ok = true;
		for (_ in 0...200) {
			var r = Std.random(6);
			if (r < 0 || r >= 6) ok = false;
		}
		Sys.println(ok);
		Sys.println(Std.string(Std.parseInt("2147483647")) + " " + (Std.parseInt("10") + 1));
		Sys.println("" + 0.5 + 1);
	}
}
