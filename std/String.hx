// String: an immutable sequence of UTF-16 code units (indices and lengths count code units).
// Takes: string objects laid out as runtime/README.md says (header `+0 i32 type id 1`, `+4 i32 0`,
// `+8 i32 length`, `+12 u16[length]`); literals are built that way in static data by the lowering.
// Gives: the whole Haxe String API, plus the `__`-prefixed entry points the lowering calls for `==`,
// `<`, `+`, conversions and hashing.
// Invariant: a String is never modified once it is handed out; only __alloc's caller writes units,
// before anyone else sees the string. Inside this file `==` and `+` are never used on Strings (the
// lowering would route them back here); nulls are tested through Ptr. rayzor.rt classes are named in
// full inside bodies rather than imported, so that a module using String loads without runtime/.

import rayzor.Ptr;

class String {
	/** Number of UTF-16 code units. */
	public var length(default, null):Int;

	/**
		A string with the same characters as `string`. A String's size depends on its length, so no
		constructor body can build one: the lowering turns `new String(s)` into `String.__copy(s)`.
	**/
	public function new(string:String):Void {}

	/** The string in upper case (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian, fullwidth). */
	public function toUpperCase():String {
		return __mapCase(true);
	}

	/** The string in lower case (same ranges as toUpperCase). */
	public function toLowerCase():String {
		return __mapCase(false);
	}

	/** The one-unit string at `index`, or "" when `index` is out of range. */
	public function charAt(index:Int):String {
		if (index < 0 || index >= length)
			return "";
		return __single(__unit(index));
	}

	/** The code unit at `index`, or null when `index` is out of range. */
	public function charCodeAt(index:Int):Null<Int> {
		if (index < 0 || index >= length)
			return null;
		return __unit(index);
	}

	/**
		First position of `str` at or after `startIndex`, or -1. As haxe --interp does: a negative
		start counts from the end (clamped to 0); a start at or past the end finds nothing, except that
		"" is found at min(start, length) (at 0 for a negative start).
	**/
	public function indexOf(str:String, ?startIndex:Int):Int {
		var n = str.length;
		var start = startIndex == null ? 0 : (startIndex : Int);
		if (n == 0) {
			if (start < 0)
				return 0;
			return start > length ? length : start;
		}
		if (start >= length)
			return -1;
		if (start < 0) {
			start += length;
			if (start < 0)
				start = 0;
		}
		var last = length - n;
		var first = str.__unit(0);
		var i = start;
		while (i <= last) {
			if (__unit(i) == first && __matchAt(i, str))
				return i;
			i++;
		}
		return -1;
	}

	/**
		Last position of `str` at or before `startIndex` (default: the end), or -1. As haxe --interp
		does: a negative start finds nothing, a start past the last possible position is clamped to it;
		"" is found at the start clamped into [0, length].
	**/
	public function lastIndexOf(str:String, ?startIndex:Int):Int {
		var n = str.length;
		if (n == 0) {
			var s = startIndex == null ? length : (startIndex : Int);
			return s < 0 ? 0 : (s > length ? length : s);
		}
		var last = length - n;
		if (last < 0)
			return -1;
		var i = startIndex == null ? last : (startIndex : Int);
		if (i < 0)
			return -1;
		if (i > last)
			i = last;
		var first = str.__unit(0);
		while (i >= 0) {
			if (__unit(i) == first && __matchAt(i, str))
				return i;
			i--;
		}
		return -1;
	}

	/**
		The parts between occurrences of `delimiter`. "" splits into single code units ("" then gives
		an empty array); a string without the delimiter gives a one-element array.
	**/
	public function split(delimiter:String):Array<String> {
		var out = new Array<String>();
		var n = delimiter.length;
		if (n == 0) {
			out.__reserve(length);
			for (i in 0...length)
				out.push(__single(__unit(i)));
			return out;
		}
		var first = delimiter.__unit(0);
		var last = length - n;
		var from = 0;
		var i = 0;
		while (i <= last) {
			if (__unit(i) == first && __matchAt(i, delimiter)) {
				out.push(__slice(from, i));
				i += n;
				from = i;
			} else {
				i++;
			}
		}
		out.push(__slice(from, length));
		return out;
	}

	/**
		`len` units from `pos`; all the rest when `len` is omitted. A negative `pos` counts from the
		end (clamped to 0); a negative `len` counts back from the end of the string.
	**/
	public function substr(pos:Int, ?len:Int):String {
		var n = len == null ? length : (len : Int);
		if (pos < 0) {
			pos += length;
			if (pos < 0)
				pos = 0;
		}
		if (n < 0)
			n += length - pos;
		if (pos + n > length)
			n = length - pos;
		if (pos >= length || n <= 0)
			return "";
		return __slice(pos, pos + n);
	}

	/**
		Units from `startIndex` up to, not including, `endIndex` (default: the end). Negative bounds
		count as 0, bounds past the end as the end, and reversed bounds are swapped.
	**/
	public function substring(startIndex:Int, ?endIndex:Int):String {
		var a = startIndex < 0 ? 0 : startIndex;
		var b = endIndex == null ? length : (endIndex : Int);
		if (b < 0)
			b = 0;
		if (a > b) {
			var t = a;
			a = b;
			b = t;
		}
		if (b > length)
			b = length;
		if (a >= b)
			return "";
		return __slice(a, b);
	}

	public function toString():String {
		return this;
	}

	/**
		The string of one character with code `code`: a surrogate pair above 0xFFFF; null for a code
		outside 0..0x10FFFF (as haxe --interp gives).
	**/
	@:pure public static function fromCharCode(code:Int):String {
		if (code < 0 || code > 0x10FFFF)
			return null;
		if (code < 0x10000)
			return __single(code);
		var s = __alloc(2);
		var p = Ptr.ofObject(s);
		var c = code - 0x10000;
		p.setU16(12, 0xD800 | (c >> 10));
		p.setU16(14, 0xDC00 | (c & 0x3FF));
		return s;
	}

	// --- entry points for the lowering and the runtime ---

	/** Contents equality; null equals only null. What `==` on two Strings calls. */
	@:noCompletion public static function __eq(a:String, b:String):Bool {
		var pa = Ptr.ofObject(a);
		var pb = Ptr.ofObject(b);
		if (pa == pb)
			return true;
		if (pa.isNull() || pb.isNull())
			return false;
		var n = pa.getI32(8);
		if (n != pb.getI32(8))
			return false;
		var off = 12;
		var end = 12 + 2 * n;
		// four units at a time while they last (offset 12 is only 4-aligned, so two i32 loads)
		while (off + 8 <= end) {
			if (pa.getI32(off) != pb.getI32(off) || pa.getI32(off + 4) != pb.getI32(off + 4))
				return false;
			off += 8;
		}
		while (off < end) {
			if (pa.getU16(off) != pb.getU16(off))
				return false;
			off += 2;
		}
		return true;
	}

	/**
		Code-unit lexicographic order: negative, zero or positive (a prefix sorts first). null sorts
		before every string. What `<`, `<=`, `>`, `>=` on Strings call.
	**/
	@:noCompletion public static function __compare(a:String, b:String):Int {
		var pa = Ptr.ofObject(a);
		var pb = Ptr.ofObject(b);
		if (pa == pb)
			return 0;
		if (pa.isNull())
			return -1;
		if (pb.isNull())
			return 1;
		var na = pa.getI32(8);
		var nb = pb.getI32(8);
		var n = na < nb ? na : nb;
		for (i in 0...n) {
			var d = pa.getU16(12 + 2 * i) - pb.getU16(12 + 2 * i);
			if (d != 0)
				return d;
		}
		return na - nb;
	}

	/** `a` followed by `b`; a null operand reads as "null". What `+` with a String operand calls. */
	@:noCompletion public static function __concat(a:String, b:String):String {
		var pa = Ptr.ofObject(a);
		var pb = Ptr.ofObject(b);
		if (pa.isNull()) {
			a = "null";
			pa = Ptr.ofObject(a);
		}
		if (pb.isNull()) {
			b = "null";
			pb = Ptr.ofObject(b);
		}
		var na = pa.getI32(8);
		var nb = pb.getI32(8);
		if (nb == 0)
			return a;
		if (na == 0)
			return b;
		var s = __alloc(na + nb);
		var p = Ptr.ofObject(s);
		Ptr.copy(p.add(12), pa.add(12), 2 * na);
		Ptr.copy(p.add(12 + 2 * na), pb.add(12), 2 * nb);
		return s;
	}

	/** Std.string of an Int. */
	@:noCompletion public static function __ofInt(i:Int):String {
		return rayzor.rt.Fmt.intToString(i);
	}

	/** Std.string of a Float (shortest round trip, as the host formats it). */
	@:noCompletion public static function __ofFloat(f:Float):String {
		return rayzor.rt.Fmt.floatToString(f);
	}

	/** Std.string of a Bool. */
	@:noCompletion public static function __ofBool(b:Bool):String {
		return b ? "true" : "false";
	}

	/** A 32-bit hash of the contents (FNV-1a over the units, then a final avalanche); 0 for null. */
	@:noCompletion public static function __hash(s:String):Int {
		var p = Ptr.ofObject(s);
		if (p.isNull())
			return 0;
		var n = p.getI32(8);
		var h = 0x811C9DC5;
		for (i in 0...n)
			h = (h ^ p.getU16(12 + 2 * i)) * 0x01000193;
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return h;
	}

	/** A fresh string of `n` units whose contents the caller fills in before handing it out. */
	@:noCompletion public static function __alloc(n:Int):String {
		var p = Ptr.alloc(12 + 2 * n);
		p.setI32(0, 1);
		p.setI32(4, 0);
		p.setI32(8, n);
		return p.toObject();
	}

	/** A new string holding a copy of the `n` UTF-16 units at `p`. */
	@:noCompletion public static function __ofUnits(p:Ptr, n:Int):String {
		if (n <= 0)
			return "";
		var s = __alloc(n);
		Ptr.copy(Ptr.ofObject(s).add(12), p, 2 * n);
		return s;
	}

	/** What `new String(s)` becomes: strings are immutable, so `s` itself serves (null stays null). */
	@:noCompletion public static function __copy(s:String):String {
		return s;
	}

	/** The code unit at `i`; no bounds check (for loops that already know the length). */
	@:noCompletion public inline function __unit(i:Int):Int {
		return Ptr.ofObject(this).getU16(12 + 2 * i);
	}

	/** Units from `start` up to, not including, `end`; no bounds check (0 <= start <= end <= length). */
	@:noCompletion public function __slice(start:Int, end:Int):String {
		if (start == 0 && end == length)
			return this;
		var n = end - start;
		if (n <= 0)
			return "";
		if (n == 1)
			return __single(__unit(start));
		return __ofUnits(Ptr.ofObject(this).add(12 + 2 * start), n);
	}

	// --- private helpers ---

	// one-unit strings below 256 are made once and shared (charAt/split in loops allocate nothing)
	static var __singles:Ptr;

	static function __single(c:Int):String {
		if (c >= 256) {
			var s = __alloc(1);
			Ptr.ofObject(s).setU16(12, c);
			return s;
		}
		var sz = Ptr.size();
		if (__singles.isNull()) {
			__singles = Ptr.alloc(256 * sz);
			Ptr.fill(__singles, 0, 256 * sz);
		}
		var slot = __singles.getPtr(c * sz);
		if (slot.isNull()) {
			var s = __alloc(1);
			slot = Ptr.ofObject(s);
			slot.setU16(12, c);
			__singles.setPtr(c * sz, slot);
		}
		return slot.toObject();
	}

	// whether `str` (non-empty) occurs at `pos`; the caller checked pos + str.length <= length
	function __matchAt(pos:Int, str:String):Bool {
		var n = str.length;
		var p = Ptr.ofObject(this).add(12 + 2 * pos);
		var q = Ptr.ofObject(str).add(12);
		for (k in 0...n)
			if (p.getU16(2 * k) != q.getU16(2 * k))
				return false;
		return true;
	}

	// the whole string case-mapped unit by unit; `this` itself when no unit changes
	function __mapCase(upper:Bool):String {
		var i = 0;
		while (i < length) {
			var c = __unit(i);
			if ((upper ? __upper(c) : __lower(c)) != c)
				break;
			i++;
		}
		if (i == length)
			return this;
		var s = __alloc(length);
		var p = Ptr.ofObject(s);
		Ptr.copy(p.add(12), Ptr.ofObject(this).add(12), 2 * i);
		while (i < length) {
			var c = __unit(i);
			p.setU16(12 + 2 * i, upper ? __upper(c) : __lower(c));
			i++;
		}
		return s;
	}

	// Simple (one unit to one unit) case mappings of the Unicode blocks programs meet most, with the
	// exceptions haxe --interp shows (µ and ÿ upper-case outside Latin-1, ß and ĸ stay, ı → I, ſ → S).
	static function __upper(c:Int):Int {
		if (c < 0x80)
			return (c >= 0x61 && c <= 0x7A) ? c - 0x20 : c;
		if (c < 0x100) {
			if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
				return c - 0x20;
			if (c == 0xFF)
				return 0x178;
			if (c == 0xB5)
				return 0x39C;
			return c;
		}
		if (c < 0x180) {
			if (c == 0x131)
				return 0x49;
			if (c == 0x17F)
				return 0x53;
			if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
				return c & ~1; // pairs: upper even, lower odd
			if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
				return (c & 1) == 0 ? c - 1 : c; // pairs: upper odd, lower even
			return c;
		}
		if (c >= 0x370 && c < 0x400) {
			if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2)
				return c - 0x20;
			if (c == 0x3C2)
				return 0x3A3;
			if (c == 0x3AC)
				return 0x386;
			if (c >= 0x3AD && c <= 0x3AF)
				return c - 0x25;
			if (c == 0x3CC)
				return 0x38C;
			if (c == 0x3CD || c == 0x3CE)
				return c - 0x3F;
			return c;
		}
		if (c >= 0x400 && c < 0x530) {
			if (c >= 0x430 && c <= 0x44F)
				return c - 0x20;
			if (c >= 0x450 && c <= 0x45F)
				return c - 0x50;
			if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
				return c & ~1;
			if (c >= 0x4C1 && c <= 0x4CE)
				return (c & 1) == 0 ? c - 1 : c;
			if (c == 0x4CF)
				return 0x4C0;
			return c;
		}
		if (c >= 0x561 && c <= 0x586)
			return c - 0x30;
		if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
			return c & ~1;
		if (c >= 0xFF41 && c <= 0xFF5A)
			return c - 0x20;
		return c;
	}

	static function __lower(c:Int):Int {
		if (c < 0x80)
			return (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c;
		if (c < 0x100)
			return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 0x20 : c;
		if (c < 0x180) {
			if (c == 0x130)
				return 0x69;
			if (c == 0x178)
				return 0xFF;
			if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
				return c | 1;
			if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
				return (c & 1) == 1 ? c + 1 : c;
			return c;
		}
		if (c >= 0x370 && c < 0x400) {
			if ((c >= 0x391 && c <= 0x3AB && c != 0x3A2))
				return c + 0x20;
			if (c == 0x386)
				return 0x3AC;
			if (c >= 0x388 && c <= 0x38A)
				return c + 0x25;
			if (c == 0x38C)
				return 0x3CC;
			if (c == 0x38E || c == 0x38F)
				return c + 0x3F;
			return c;
		}
		if (c >= 0x400 && c < 0x530) {
			if (c >= 0x410 && c <= 0x42F)
				return c + 0x20;
			if (c >= 0x400 && c <= 0x40F)
				return c + 0x50;
			if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
				return c | 1;
			if (c >= 0x4C1 && c <= 0x4CE)
				return (c & 1) == 1 ? c + 1 : c;
			if (c == 0x4C0)
				return 0x4CF;
			return c;
		}
		if (c >= 0x531 && c <= 0x556)
			return c + 0x30;
		if (c == 0x1E9E)
			return 0xDF;
		if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
			return c | 1;
		if (c >= 0xFF21 && c <= 0xFF3A)
			return c + 0x20;
		return c;
	}
}
