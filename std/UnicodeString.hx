// UnicodeString: a String whose indices and length count Unicode code points (API as in Haxe 4.2.5).
// Real Haxe over rayzor's UTF-16 strings: a surrogate pair is one code point, so positions are
// mapped to UTF-16 units before the String operation and back after it. Other String members are
// forwarded. Invariant: every index given out counts code points.

import haxe.iterators.StringIteratorUnicode;
import haxe.iterators.StringKeyValueIteratorUnicode;

@:forward
abstract UnicodeString(String) from String to String {
	/** The number of code points. */
	public var length(get, never):Int;

	public inline function new(string:String):Void {
		this = string;
	}

	/** Whether `b` holds valid text in `encoding` (UTF-8: well-formed sequences of scalar values). */
	public static function validate(b:haxe.io.Bytes, encoding:haxe.io.Encoding):Bool {
		if (encoding != UTF8)
			return true;
		var i = 0;
		var n = b.length;
		while (i < n) {
			var c = b.get(i);
			var extra = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
			if (extra < 0 || i + extra >= n)
				return false;
			var cp = extra == 0 ? c : c & (0x3F >> extra);
			for (k in 1...extra + 1) {
				var d = b.get(i + k);
				if (d & 0xC0 != 0x80)
					return false;
				cp = (cp << 6) | (d & 0x3F);
			}
			// overlong forms, surrogates and values past U+10FFFF are not scalar values
			if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp < 0xE000))
				return false;
			i += extra + 1;
		}
		return true;
	}

	public inline function iterator():StringIteratorUnicode {
		return new StringIteratorUnicode(this);
	}

	public inline function keyValueIterator():StringKeyValueIteratorUnicode {
		return new StringKeyValueIteratorUnicode(this);
	}

	/** The code point at `index` as a String, or "" out of range. */
	public function charAt(index:Int):String {
		var u = unitOf(this, index);
		if (index < 0 || u >= this.length)
			return "";
		return this.substr(u, isPair(this, u) ? 2 : 1);
	}

	/** The code point at `index`, or null out of range. */
	public function charCodeAt(index:Int):Null<Int> {
		var u = unitOf(this, index);
		if (index < 0 || u >= this.length)
			return null;
		return codeAt(this, u);
	}

	/** The code point position of the first `str` at or after `startIndex`, or -1. */
	public function indexOf(str:String, ?startIndex:Int):Int {
		var from = startIndex == null || startIndex < 0 ? 0 : unitOf(this, startIndex);
		var r = this.indexOf(str, from);
		return r < 0 ? -1 : pointOf(this, r);
	}

	/** The code point position of the last `str` at or before `startIndex`, or -1. */
	public function lastIndexOf(str:String, ?startIndex:Int):Int {
		var r = startIndex == null ? this.lastIndexOf(str) : startIndex < 0 ? -1 : this.lastIndexOf(str, unitOf(this, startIndex));
		return r < 0 ? -1 : pointOf(this, r);
	}

	/** `len` code points from `pos` (the rules of String.substr, in code points). */
	public function substr(pos:Int, ?len:Int):String {
		var total = get_length();
		var n = len == null ? total : (len : Int);
		if (pos < 0) {
			pos += total;
			if (pos < 0)
				pos = 0;
		}
		if (n < 0)
			n += total - pos;
		if (pos + n > total)
			n = total - pos;
		if (pos >= total || n <= 0)
			return "";
		var a = unitOf(this, pos);
		return this.substring(a, unitOf(this, pos + n));
	}

	/** The code points from `startIndex` up to `endIndex` (the rules of String.substring). */
	public function substring(startIndex:Int, ?endIndex:Int):String {
		var total = get_length();
		var a = startIndex < 0 ? 0 : startIndex;
		var b = endIndex == null ? total : (endIndex : Int);
		if (b < 0)
			b = 0;
		if (a > b) {
			var t = a;
			a = b;
			b = t;
		}
		if (b > total)
			b = total;
		if (a >= b)
			return "";
		return this.substring(unitOf(this, a), unitOf(this, b));
	}

	function get_length():Int {
		var n = 0;
		var u = 0;
		while (u < this.length) {
			u += isPair(this, u) ? 2 : 1;
			n++;
		}
		return n;
	}

	public inline function toString():String {
		return this;
	}

	@:op(A < B) static function lt(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A <= B) static function lte(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A > B) static function gt(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A >= B) static function gte(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A == B) static function eq(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A != B) static function neq(a:UnicodeString, b:UnicodeString):Bool;

	@:op(A + B) static function add(a:UnicodeString, b:UnicodeString):UnicodeString;

	@:op(A += B) static function assignAdd(a:UnicodeString, b:UnicodeString):UnicodeString;

	@:op(A + B) @:commutative static function addString(a:UnicodeString, b:String):UnicodeString;

	@:op(A += B) @:commutative static function assignAddString(a:UnicodeString, b:String):UnicodeString;

	// whether a surrogate pair starts at unit `u`
	static function isPair(s:String, u:Int):Bool {
		var c:Int = s.charCodeAt(u);
		if (c < 0xD800 || c >= 0xDC00 || u + 1 >= s.length)
			return false;
		var lo:Int = s.charCodeAt(u + 1);
		return lo >= 0xDC00 && lo < 0xE000;
	}

	static function codeAt(s:String, u:Int):Int {
		var c:Int = s.charCodeAt(u);
		return isPair(s, u) ? ((c - 0xD800) << 10) + ((s.charCodeAt(u + 1) : Int) - 0xDC00) + 0x10000 : c;
	}

	// the unit index of code point `p` (the unit length when `p` is at or past the end)
	static function unitOf(s:String, p:Int):Int {
		var u = 0;
		while (p > 0 && u < s.length) {
			u += isPair(s, u) ? 2 : 1;
			p--;
		}
		return u;
	}

	// the code point index of unit `u`
	static function pointOf(s:String, u:Int):Int {
		var p = 0;
		var i = 0;
		while (i < u) {
			i += isPair(s, i) ? 2 : 1;
			p++;
		}
		return p;
	}
}
