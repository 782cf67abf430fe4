using StringTools;

// Text processing: CSV parsing, word wrap, word frequencies, templating, run-length encoding.
class Main {
	static function parseCsvLine(line:String):Array<String> {
		var out = [];
		var cur = new StringBuf();
		var inQuotes = false;
		var i = 0;
		while (i < line.length) {
			var c = line.charAt(i);
			if (inQuotes) {
				if (c == '"') {
					if (i + 1 < line.length && line.charAt(i + 1) == '"') {
						cur.add('"');
						i++;
					} else inQuotes = false;
				} else cur.add(c);
			} else {
				switch c {
					case '"': inQuotes = true;
					case ',':
						out.push(cur.toString());
						cur = new StringBuf();
					default: cur.add(c);
				}
			}
			i++;
		}
		out.push(cur.toString());
		return out;
	}

	static function wrap(text:String, width:Int):Array<String> {
		var lines = [];
		var line = "";
		for (w in text.split(" ")) {
			if (w == "") continue;
			if (line.length == 0) line = w;
			else if (line.length + 1 + w.length <= width) line += " " + w;
			else {
				lines.push(line);
				line = w;
			}
		}
		if (line != "") lines.push(line);
		return lines;
	}

	static function rle(s:String):String {
		if (s.length == 0) return "";
		var b = new StringBuf();
		var run = 1;
		for (i in 1...s.length + 1) {
			if (i < s.length && s.charCodeAt(i) == s.charCodeAt(i - 1)) run++;
			else {
				if (run > 1) b.add(run);
				b.addChar(s.charCodeAt(i - 1));
				run = 1;
			}
		}
		return b.toString();
	}

	static function unrle(s:String):String {
		var b = new StringBuf();
		var n = 0;
		for (i in 0...s.length) {
			var c = s.charCodeAt(i);
			if (c >= "0".code && c <= "9".code) n = n * 10 + (c - "0".code);
			else {
				for (_ in 0...(n == 0 ? 1 : n)) b.addChar(c);
				n = 0;
			}
		}
		return b.toString();
	}

	static function template(t:String, vars:Map<String, String>):String {
		var out = new StringBuf();
		var i = 0;
		while (i < t.length) {
			var open = t.indexOf("{{", i);
			if (open < 0) {
				out.addSub(t, i);
				break;
			}
			out.addSub(t, i, open - i);
			var close = t.indexOf("}}", open);
			var key = t.substring(open + 2, close).trim();
			out.add(vars.exists(key) ? vars[key] : "<" + key + "?>");
			i = close + 2;
		}
		return out.toString();
	}

	static function titleCase(s:String):String {
		return [for (w in s.split(" ")) w.length > 0 ? w.charAt(0).toUpperCase() + w.substr(1).toLowerCase() : w].join(" ");
	}

	static function main() {
		var rows = ['name,age,city', 'Alice,30,"New York, NY"', '"Bob ""B"" Smith",25,Paris', ',,', 'single'];
		for (r in rows) {
			var f = parseCsvLine(r);
			Sys.println(f.length + " " + f.map(x -> "[" + x + "]").join(""));
		}
		var text = "The quick brown fox jumps over the lazy dog and keeps running through the forest until night falls";
		for (l in wrap(text, 20)) Sys.println("|" + l.rpad(" ", 20) + "|");
		var freq = new Map<String, Int>();
		for (w in text.toLowerCase().split(" ")) freq[w] = freq.exists(w) ? freq[w] + 1 : 1;
		var keys = [for (k in freq.keys()) k];
		keys.sort((a, b) -> freq[b] != freq[a] ? freq[b] - freq[a] : Reflect.compare(a, b));
		trace(keys.slice(0, 5).map(k -> k + "=" + freq[k]));
		for (s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]) {
			var e = rle(s);
			Sys.println('"$s" -> "$e" -> "${unrle(e)}" ${unrle(e) == s}');
		}
		var vars = ["name" => "World", "n" => "3"];
		trace(template("Hello, {{ name }}! You have {{n}} new {{ what }}.", vars));
		trace(template("no vars", vars));
		trace(titleCase("hELLO wORLD  from haxe"));
		var vowels = 0, consonants = 0;
		for (i in 0...text.length) {
			var c = text.charAt(i).toLowerCase();
			if ("aeiou".indexOf(c) >= 0) vowels++;
			else if (c >= "a" && c <= "z") consonants++;
		}
		trace('vowels=$vowels consonants=$consonants');
		var rev = [for (w in "one two three".split(" ")) {
			var chars = w.split("");
			chars.reverse();
			chars.join("");
		}];
		trace(rev.join(" "));
		trace("x".lpad("ab", 6) + "|" + "abc".rpad("12", 7) + "|" + "".lpad("*", 3));
		trace("  \t hi \n ".trim().length);
		trace("a,b;c d".split(",").join("|"));
		var csv = [[1, 2, 3], [4, 5, 6]].map(r -> r.join(",")).join("\n");
		trace(csv);
		trace(StringTools.replace("banana", "an", "AN") + " " + "banana".split("a").length);
		trace("Hello".charCodeAt(0) + "Hello".charCodeAt(4));
		var hexs = [for (i in [0, 9, 10, 255, 4096, 65535]) i.hex()];
		trace(hexs);
		trace(StringTools.hex(255, 4).toLowerCase());
	}
}
