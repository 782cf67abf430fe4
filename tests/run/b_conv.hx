using StringTools;

class Main {
	static function main() {
		// parseInt edge cases
		var ints = ["42", "-17", "  12", "+5", "0x1F", "0X10", "12abc", "abc", "", "3.9", "-0", "007", "2147483647", "2147483648", "99999999999", " -8 ", "1e3", "-0x10", "\t9"];
		for (s in ints) Sys.println("parseInt('" + s + "') = " + Std.parseInt(s));
		// parseFloat edge cases
		var floats = ["3.14", "-2.5e3", "1e-3", ".5", "5.", "abc", "12abc", "  7.25", "1.5.6", "-", "Infinity", "-inf", "NaN", "0x10", "1e400", "-0.0", "+3", "2E2"];
		for (s in floats) Sys.println("parseFloat('" + s + "') = " + Std.parseFloat(s));
		// float to string
		var fs:Array<Float> = [0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 1.5e-6, 123456789012, -0.0, 3.0, 1e100, 0.30000000000000004, 4.35, 1.005 * 1000];
		for (f in fs) Sys.println(Std.string(f));
		// int/float conversion
		Sys.println(Std.int(7.9) + " " + Std.int(-7.9) + " " + Std.int(0.5));
		var i:Int = 7;
		var f:Float = i;
		Sys.println(f / 2 + " " + (i / 2) + " " + Std.int(i / 2));
		// string to number roundtrips
		for (x in [0.5, 1.25, 1234.5678, -99.01]) {
			var s = Std.string(x);
			var back = Std.parseFloat(s);
			Sys.println(s + " -> " + back + " same=" + (back == x));
		}
		// hex, padding
		Sys.println(StringTools.hex(255) + " " + StringTools.hex(255, 4) + " " + StringTools.hex(-1) + " " + StringTools.hex(0) + " " + StringTools.hex(4096, 2));
		Sys.println("5".lpad("0", 3) + " " + "abc".rpad(".", 6) + "|" + "toolong".lpad(" ", 3) + " " + "x".lpad("ab", 4));
		Sys.println(Std.string(12).lpad(" ", 6) + "|" + "12.50".lpad(" ", 8) + "|");
		// formatting a table
		var rows:Array<Array<Dynamic>> = [["apple", 1.5, 3], ["kiwi", 0.25, 12], ["watermelon", 3.0, 1]];
		for (r in rows) {
			var name:String = r[0];
			var price:Float = r[1];
			var qty:Int = r[2];
			var total = Math.round(price * qty * 100) / 100;
			Sys.println(name.rpad(" ", 12) + Std.string(qty).lpad(" ", 4) + Std.string(total).lpad(" ", 8));
		}
		// fixed decimals helper
		function fixed(v:Float, d:Int):String {
			var m = Math.pow(10, d);
			var r = Math.round(v * m);
			var sign = r < 0 ? "-" : "";
			var a = Std.int(Math.abs(r));
			var ip = Std.int(a / m);
			var fp = Std.string(a - ip * Std.int(m));
			return sign + ip + (d > 0 ? "." + fp.lpad("0", d) : "");
		}
		Sys.println(fixed(3.14159, 2) + " " + fixed(2.5, 0) + " " + fixed(-1.005, 2) + " " + fixed(0.07, 3));
		// bool / null conversions
		Sys.println(Std.string(true) + " " + Std.string(null) + " " + (null + "x") + " " + ("" + 1 + 2) + " " + (1 + 2 + ""));
		var n:Null<Int> = null;
		Sys.println("n=" + n);
		var nf:Null<Float> = 2.5;
		Sys.println("nf=" + nf + " " + (nf + 1));
		// char codes
		Sys.println("A".code + " " + String.fromCharCode(97) + " " + "hello".charCodeAt(1) + " " + "hi".charCodeAt(5));
		var word = "Haxe";
		Sys.println([for (c in 0...word.length) word.charCodeAt(c)].join(","));
		// int to binary and back
		function toBin(v:Int):String {
			if (v == 0) return "0";
			var s = "";
			while (v != 0) {
				s = (v & 1) + s;
				v >>>= 1;
			}
			return s;
		}
		Sys.println(toBin(10) + " " + toBin(255) + " " + toBin(-1).length);
		Sys.println(Std.parseInt("0b101") + " " + Std.parseInt("10") * 2);
		Sys.println(StringTools.urlEncode("a b&c=d/é") + " " + StringTools.urlDecode("a%20b%26c"));
		Sys.println(StringTools.htmlEscape("<a href=\"x\">T&C</a>") + " " + StringTools.htmlEscape("'q'", true));
		Sys.println(StringTools.htmlUnescape("&lt;b&gt; &amp; &quot;"));
	}
}
