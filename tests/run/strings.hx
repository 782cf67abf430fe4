// Strings: methods, comparisons, char codes, StringBuf, interpolation.
class Main {
	static function main() {
		var s = "Hello, World";
		Sys.println(s.length);
		Sys.println(s.toUpperCase() + " " + s.toLowerCase());
		Sys.println(s.charAt(4) + s.charAt(100) + "|");
		Sys.println(s.charCodeAt(0) + " " + s.charCodeAt(99));
		Sys.println(s.indexOf("o") + " " + s.indexOf("o", 5) + " " + s.lastIndexOf("o") + " " + s.indexOf("xyz"));
		Sys.println(s.substr(7) + "|" + s.substr(0, 5) + "|" + s.substr(-5, 3));
		Sys.println(s.substring(7, 12) + "|" + s.substring(5, 0));
		Sys.println(s.split(", ").join("+"));
		Sys.println("a,b,,c".split(",").length);
		Sys.println(String.fromCharCode(72) + String.fromCharCode(105));
		Sys.println("abc" < "abd");
		Sys.println("abc" == "ab" + "c");
		Sys.println("" + 1 + 2 + " vs " + (1 + 2));
		var n:String = null;
		Sys.println("null concat: " + n);
		var name = "Ada", age = 36;
		Sys.println('name=$name age=${age + 1} expr=${name.length * 2} dollar=$$');
		var buf = new StringBuf();
		for (i in 0...5) {
			buf.add(i);
			buf.add(",");
		}
		buf.addChar(65);
		buf.addSub("abcdef", 2, 3);
		buf.add(true);
		buf.add(null);
		Sys.println(buf.toString() + " len=" + buf.length);
		Sys.println(StringTools.trim("  pad  ") + "|" + StringTools.lpad("7", "0", 3) + "|" + StringTools.replace("a-b-c", "-", "::"));
		Sys.println(StringTools.startsWith(s, "Hell") + " " + StringTools.endsWith(s, "x") + " " + StringTools.hex(255, 4));
		var rev = "";
		for (i in 0...s.length) rev = s.charAt(i) + rev;
		Sys.println(rev);
	}
}
