import haxe.iterators.StringIteratorUnicode;
import haxe.iterators.StringKeyValueIteratorUnicode;
class Main {
	static function main() {
		var u = new UnicodeString("a😀bé日");
		trace(u.length);
		trace(u.charAt(1) + " " + u.charCodeAt(1) + " " + u.charAt(2) + " " + u.charCodeAt(10) + "|" + u.charAt(-1) + "|");
		trace(u.indexOf("b") + " " + u.indexOf("日") + " " + u.lastIndexOf("a") + " " + u.indexOf("z"));
		trace(u.substr(1, 2) + " " + u.substr(-2) + " " + u.substring(3, 1) + " " + u.substr(2, -1));
		for (c in u) Sys.print(c + " ");
		Sys.println("");
		for (i => c in u) Sys.print(i + ":" + c + " ");
		Sys.println("");
		var s:String = u;
		trace(s.toUpperCase());
		var plain:UnicodeString = "héllo";
		trace(plain.length + " " + plain.toUpperCase() + " " + plain.split("l"));
		trace((plain : String) == "héllo");
		for (c in new StringIteratorUnicode("x😀")) Sys.print(c + ",");
		Sys.println("");
		for (kv in new StringKeyValueIteratorUnicode("ab")) Sys.print(kv.key + "=" + kv.value + ",");
		Sys.println("");
		trace(UnicodeString.validate(haxe.io.Bytes.ofString("héllo"), UTF8));
		var bad = haxe.io.Bytes.alloc(2);
		bad.set(0, 0xC3); bad.set(1, 0x28);
		trace(UnicodeString.validate(bad, UTF8));
		var w:UnicodeString = "ab";
		w += "c";
		trace(w);
		trace(w.length);
		trace((w < "b") + " " + (w == "abc"));
	}
}
