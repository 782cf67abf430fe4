using StringTools;

class Main {
	static function caesar(s:String, k:Int):String {
		var b = new StringBuf();
		for (i in 0...s.length) {
			var c = s.charCodeAt(i);
			if (c >= 'a'.code && c <= 'z'.code) b.addChar('a'.code + (c - 'a'.code + k) % 26);
			else if (c >= 'A'.code && c <= 'Z'.code) b.addChar('A'.code + (c - 'A'.code + k) % 26);
			else b.addChar(c);
		}
		return b.toString();
	}

	static function isPalindrome(s:String):Bool {
		var clean = [for (i in 0...s.length) s.charAt(i).toLowerCase()].filter(c -> c >= "a" && c <= "z").join("");
		var rev = clean.split("");
		rev.reverse();
		return clean == rev.join("");
	}

	static function main() {
		var s = "Hello, World";
		trace(s.length);
		trace(s.toUpperCase() + " " + s.toLowerCase());
		trace(s.indexOf("o") + " " + s.lastIndexOf("o") + " " + s.indexOf("o", 5) + " " + s.indexOf("zz"));
		trace(s.lastIndexOf("o", 5));
		trace(s.substr(7) + "|" + s.substr(-5) + "|" + s.substr(2, 3) + "|" + s.substr(-5, 2));
		trace(s.substring(7) + "|" + s.substring(5, 2) + "|" + s.substring(-1, 4));
		trace(s.charAt(0) + s.charAt(100) + "!");
		trace(s.charCodeAt(1));
		trace(s.charCodeAt(100));
		trace(s.split(", "));
		trace("a,b,,c".split(","));
		trace("abc".split(""));
		trace(String.fromCharCode(72) + String.fromCharCode(105));
		trace(caesar("Attack at Dawn!", 3));
		trace(caesar(caesar("Attack at Dawn!", 3), 23));
		trace(isPalindrome("A man, a plan, a canal: Panama"));
		trace(isPalindrome("Not one"));
		// StringTools
		trace("  padded  ".trim() + "|" + "  padded  ".ltrim() + "|" + "  padded  ".rtrim() + "|");
		trace("5".lpad("0", 3) + " " + "ab".rpad("-", 6) + " " + "abc".lpad("xy", 2));
		trace("hello world".startsWith("hello") + " " + "hello world".endsWith("world") + " " + "x".startsWith("xy"));
		trace("a-b-c".replace("-", "+") + " " + "aaa".replace("a", "bb"));
		trace(StringTools.hex(255) + " " + StringTools.hex(4096, 6) + " " + StringTools.hex(-1));
		trace("<a href=\"x\">&</a>".htmlEscape());
		trace("<b>'q'</b>".htmlEscape(true));
		trace("&lt;b&gt; &amp; &quot;".htmlUnescape());
		trace("hello".contains("ell") + " " + "hello".contains("xyz"));
		trace(StringTools.isSpace(" x", 0) + " " + StringTools.isSpace(" x", 1));
		trace("a b&c".urlEncode());
		trace("a%20b%26c".urlDecode());
		// unicode-ish and escapes
		var e = "tab\there\nnew";
		trace(e.length);
		trace("quote\"s and \\ backslash");
		// comparisons
		trace("apple" < "banana");
		trace("Zeta" < "alpha");
		
		var words = ["pear", "Apple", "fig", "banana"];
		words.sort((a, b) -> a < b ? -1 : (a > b ? 1 : 0));
		trace(words);
		words.sort((a, b) -> Reflect.compare(a.toLowerCase(), b.toLowerCase()));
		trace(words.join(" < "));
		// interpolation
		var n = 7, name = "rayzor";
		trace('n=$n, sq=${n * n}, name=${name.toUpperCase()}, len=${name.length}');
		trace('nested ${'inner ${n + 1}'}');
		trace('dollar $$ sign');
		// repeat & count
		var count = 0, idx = 0;
		var hay = "abababab";
		while ((idx = hay.indexOf("aba", idx)) != -1) { count++; idx++; }
		trace("count=" + count);
		var rep = new StringBuf();
		for (i in 0...3) rep.add("ab");
		rep.add(12);
		rep.add(true);
		rep.add(1.5);
		rep.addSub("abcdef", 2, 3);
		trace(rep.toString() + " " + rep.length);
		trace(Std.string(null) + "x");
		var ns:String = null;
		trace("null concat: " + ns);
	}
}
