class Main {
	static function parseLogLine(line:String):Null<{level:String, time:String, msg:String}> {
		var re = ~/^\[(\d{2}:\d{2}:\d{2})\]\s+(INFO|WARN|ERROR):\s*(.*)$/;
		if (!re.match(line)) return null;
		return {time: re.matched(1), level: re.matched(2), msg: re.matched(3)};
	}

	static function main() {
		var lines = [
			"[10:00:01] INFO: server started",
			"[10:00:05] WARN:   disk almost full",
			"garbage line",
			"[10:01:00] ERROR: connection lost (code 17)",
		];
		var counts = new Map<String, Int>();
		for (l in lines) {
			var p = parseLogLine(l);
			if (p == null) {
				Sys.println("skip: " + l);
				continue;
			}
			counts[p.level] = (counts.exists(p.level) ? counts[p.level] : 0) + 1;
			Sys.println(p.time + " | " + p.level + " | " + p.msg);
		}
		var keys = [for (k in counts.keys()) k];
		keys.sort((a, b) -> a < b ? -1 : 1);
		for (k in keys) Sys.println(k + "=" + counts[k]);

		// emails
		var email = ~/([a-z0-9._%-]+)@([a-z0-9.-]+)\.([a-z]{2,})/i;
		for (s in ["Contact: John.Doe@Example.COM today", "no mail here", "x@y.io"]) {
			if (email.match(s)) {
				Sys.println("user=" + email.matched(1) + " domain=" + email.matched(2) + " tld=" + email.matched(3) + " left='" + email.matchedLeft() + "' right='" + email.matchedRight() + "'");
			} else {
				Sys.println("no email in '" + s + "'");
			}
		}

		// replace with groups
		var date = ~/(\d{4})-(\d{2})-(\d{2})/g;
		Sys.println(date.replace("from 2023-01-15 to 2024-12-31", "$3/$2/$1"));
		Sys.println(~/\s+/g.replace("  too   many    spaces  ", " "));
		Sys.println(~/^\s+|\s+$/g.replace("   trim me   ", ""));
		Sys.println(~/[aeiou]/gi.replace("Programming In Haxe", "*"));

		// split
		Sys.println(~/\s*[,;]\s*/g.split("a , b;c  ;  d,e"));
		Sys.println(~/\d/.split("a1b2c3"));
		Sys.println(~/-/g.split("2024-06-01").map(Std.parseInt));

		// map
		var words = ~/\b([a-z])([a-z]*)\b/g;
		Sys.println(words.map("hello big wide world", function(r) return r.matched(1).toUpperCase() + r.matched(2)));
		var nums = ~/\d+/g;
		Sys.println(nums.map("3 apples and 12 pears", function(r) return Std.string(Std.parseInt(r.matched(0)) * 2)));

		// scanning all matches with matchSub
		var tok = ~/[A-Za-z_][A-Za-z0-9_]*|\d+(\.\d+)?|[+*\/()=-]/;
		var src = "x1 = (alpha + 42) * 3.14";
		var pos = 0;
		var toks = [];
		while (tok.matchSub(src, pos)) {
			var mp = tok.matchedPos();
			toks.push(tok.matched(0));
			pos = mp.pos + mp.len;
		}
		Sys.println(toks.join(" | "));

		// alternation, lazy and greedy
		var greedy = ~/<.+>/;
		var lazy = ~/<.+?>/;
		greedy.match("<a><b>");
		lazy.match("<a><b>");
		Sys.println(greedy.matched(0) + " vs " + lazy.matched(0));
		var alt = ~/^(cat|dog|bird)s?$/;
		for (w in ["cat", "dogs", "birds", "cow"]) Sys.println(w + ": " + alt.match(w));

		// backreference, anchors, multiline
		var dup = ~/\b(\w+)\s+\1\b/;
		if (dup.match("this is is a test")) Sys.println("dup: " + dup.matched(1) + " at " + dup.matchedPos().pos);
		var ml = ~/^#\s*(.+)$/m;
		if (ml.match("text\n# Title here\nmore")) Sys.println("heading: " + ml.matched(1));
		Sys.println(~/^\d+$/.match("12345") + " " + ~/^\d+$/.match("123a5"));
		var hex = ~/^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
		if (hex.match("#FF8800")) Sys.println([for (i in 1...4) Std.parseInt("0x" + hex.matched(i))]);
		Sys.println(EReg.escape("1+1=2?"));
		var esc = new EReg(EReg.escape("a.b"), "");
		Sys.println(esc.match("axb") + " " + esc.match("a.b"));
		var opt = ~/colou?r/;
		Sys.println(opt.match("color") + " " + opt.match("colour") + " " + opt.match("colr"));
		var neg = ~/^(?!test)\w+/;
		Sys.println(neg.match("testing") + " " + neg.match("production"));
	}
}
