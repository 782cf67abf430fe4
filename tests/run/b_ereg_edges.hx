class Main {
	static function main() {
		var r = ~/(a)|(b)/;
		trace(r.match("b"));
		trace(r.matched(1));
		trace(r.matched(2));
		try trace(r.matched(3)) catch (e:Dynamic) trace("err " + e);
		var r2 = ~/o/;
		trace(r2.matchSub("foo boo", 3));
		trace(r2.matchedLeft() + "|" + r2.matchedRight() + "|" + r2.matchedPos());
		trace(r2.matchSub("foo boo", 0, 1));
		trace(~/x*/g.split("axbxxc"));
		trace(~/,/.split("a,b,c"));
		trace(~/,/g.split("a,b,,c,"));
		trace(~/x*/g.replace("abc", "-"));
		trace(~/(\w+)@(\w+)/g.replace("me@host you@there", "$2 at $1 $$"));
		trace(~/b/g.map("abcb", function(e) return "[" + e.matched(0) + e.matchedPos().pos + "]"));
		trace(EReg.escape("a.b*c?[d]"));
		var r3 = ~/^(\w+)\s*=\s*(.*)$/m;
		trace(r3.match("x\nkey = value\ny"));
		trace(r3.matched(1) + ";" + r3.matched(2));
		trace(~/A/i.replace("banana", "o"));
		trace(~/a/gi.replace("bAnAna", "o"));
		try { trace(r.matched(0)); var r4 = ~/z/; r4.match("abc"); trace(r4.matched(0)); } catch (e:Dynamic) trace("err2 " + e);
		var r5 = ~/(\d+)/;
		trace(r5.match("abc"));
		try trace(r5.matched(1)) catch (e:Dynamic) trace("err3 " + e);
		trace(~/(a+)+b/.match("aaaaaaaaaaaaaaaaaaaaac"));
		trace(~/^$/.match(""));
		trace(~/\bfoo\b/.match("a foo b") + " " + ~/\bfoo\b/.match("afoob"));
		trace(~/(\w)\1/.match("abccd"));
		var r6 = ~/(\w)\1/; r6.match("abccd"); trace(r6.matched(0));
		trace(~/[^a-c]+/.split("abxyzcd"));
		trace(~/é/.match("café") );
		var r7 = ~/f/; r7.match("café f"); trace(r7.matchedPos());
	}
}
