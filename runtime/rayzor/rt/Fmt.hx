// rayzor.rt.Fmt: numbers to and from text, for Std.string, Std.parseInt and Std.parseFloat.
// Takes: Ints, Floats and Strings (UTF-16). Gives: new Strings, Null<Int> (null when there are no
// digits or the value does not fit in 32 bits) and Floats (NaN when there is no number).
// Float formatting and the decimal-to-binary conversion itself are the host's (Host.formatFloat,
// Host.parseFloat): correctly rounded conversions are long code that every host already has.
// This file decides only which characters form the number, with the rules haxe --interp shows.

package rayzor.rt;

import rayzor.Host;
import rayzor.Ptr;

class Fmt {
	/** Decimal form of `i`, with a leading "-" when negative. */
	public static function intToString(i:Int):String {
		// digits are produced from a non-positive value so that -2147483648 needs no special case
		var neg = i < 0;
		var v = neg ? i : -i;
		var digits = 1;
		var t = v;
		while (t <= -10) {
			t = Std.int(t / 10);
			digits++;
		}
		var n = neg ? digits + 1 : digits;
		var s = String.__alloc(n);
		var p = Ptr.ofObject(s);
		var off = 12 + 2 * (n - 1);
		while (true) {
			var q = Std.int(v / 10);
			p.setU16(off, 0x30 + (q * 10 - v));
			v = q;
			off -= 2;
			if (v == 0)
				break;
		}
		if (neg)
			p.setU16(12, 0x2D);
		return s;
	}

	/** Std.string of a Float: the host's shortest round-trip form ("1", "0.1", "1e+21", "NaN", "-Infinity"). */
	public static function floatToString(f:Float):String {
		// haxe --interp prints negative zero as "-0"; hosts' shortest forms give "0"
		if (f == 0 && 1 / f < 0)
			return "-0";
		var buf = scratch();
		var n = Host.formatFloat(f, buf);
		var s = String.__alloc(n);
		var p = Ptr.ofObject(s);
		for (k in 0...n)
			p.setU16(12 + 2 * k, buf.getU8(k));
		return s;
	}

	/**
		Std.parseInt with the rules haxe --interp follows: leading white space (tab, LF, VT, FF, CR,
		space) is skipped; "+" signs are skipped together with white space after them; then an
		optional "-"; then either "0x"/"0X" and hexadecimal digits (up to 32 bits, read as a two's
		complement pattern: "0xFFFFFFFF" is -1) or decimal digits (the value must fit in a 32-bit Int).
		Parsing stops at the first other character. No digits, or a value out of range, gives null.
	**/
	public static function parseInt(s:String):Null<Int> {
		if (Ptr.ofObject(s).isNull())
			return null;
		var n = s.length;
		var i = skipSpace(s, 0);
		while (i < n && s.__unit(i) == 0x2B) // '+'
			i = skipSpace(s, i + 1);
		var neg = false;
		if (i < n && s.__unit(i) == 0x2D) { // '-'
			neg = true;
			i++;
		}
		if (i + 1 < n && s.__unit(i) == 0x30 && (s.__unit(i + 1) | 0x20) == 0x78) { // "0x" / "0X"
			i += 2;
			var start = i;
			var v = 0;
			while (i < n) {
				var d = hexDigit(s.__unit(i));
				if (d < 0)
					break;
				if ((v >>> 28) != 0) // a fifth hex digit of significance would leave 32 bits
					return null;
				v = (v << 4) | d;
				i++;
			}
			if (i == start)
				return null;
			return neg ? -v : v;
		}
		// accumulate negatively: the range of negative Ints is one larger
		var start = i;
		var v = 0;
		while (i < n) {
			var c = s.__unit(i);
			if (c < 0x30 || c > 0x39)
				break;
			var d = c - 0x30;
			if (v < -214748364 || (v == -214748364 && d > 8))
				return null;
			v = v * 10 - d;
			i++;
		}
		if (i == start)
			return null;
		if (!neg) {
			if (v == -2147483647 - 1)
				return null;
			return -v;
		}
		return v;
	}

	/**
		Std.parseFloat as haxe --interp does it: spaces (only U+0020) are skipped, then the longest run
		of characters from [0-9 . e E + -] is the candidate, which must be a whole number of the form
		[+|-] (digits [. digits*] | . digits) [(e|E) [+|-] digits]; otherwise (an empty run, "1e",
		"1.5.3", "5-3") the result is NaN. So "12abc" is 12 and "2.5e-3x" 0.0025, but "1ex" is NaN.
	**/
	public static function parseFloat(s:String):Float {
		if (Ptr.ofObject(s).isNull())
			return Math.NaN;
		var n = s.length;
		var start = 0;
		while (start < n && s.__unit(start) == 0x20)
			start++;
		var end = start;
		while (end < n && isFloatChar(s.__unit(end)))
			end++;
		var i = start;
		if (i < end && (s.__unit(i) == 0x2B || s.__unit(i) == 0x2D))
			i++;
		var digits = 0;
		while (i < end && isDigit(s.__unit(i))) {
			i++;
			digits++;
		}
		if (i < end && s.__unit(i) == 0x2E) { // '.'
			i++;
			while (i < end && isDigit(s.__unit(i))) {
				i++;
				digits++;
			}
		}
		if (digits == 0)
			return Math.NaN;
		if (i < end && (s.__unit(i) | 0x20) == 0x65) { // 'e' / 'E'
			i++;
			if (i < end && (s.__unit(i) == 0x2B || s.__unit(i) == 0x2D))
				i++;
			var expStart = i;
			while (i < end && isDigit(s.__unit(i)))
				i++;
			if (i == expStart)
				return Math.NaN;
		}
		if (i != end)
			return Math.NaN;
		return Host.parseFloat(Ptr.ofObject(s).add(12 + 2 * start), end - start);
	}

	static inline function isFloatChar(c:Int):Bool {
		return isDigit(c) || c == 0x2E || c == 0x2B || c == 0x2D || (c | 0x20) == 0x65;
	}

	// --- private helpers ---

	// 64 bytes the host formats floats into; made on first use (a static Ptr starts as nil)
	static var buffer:Ptr;

	static function scratch():Ptr {
		if (buffer.isNull())
			buffer = Ptr.alloc(64);
		return buffer;
	}

	static function skipSpace(s:String, i:Int):Int {
		var n = s.length;
		while (i < n) {
			var c = s.__unit(i);
			if (c != 0x20 && (c < 9 || c > 13))
				break;
			i++;
		}
		return i;
	}

	static inline function isDigit(c:Int):Bool {
		return c >= 0x30 && c <= 0x39;
	}

	static function hexDigit(c:Int):Int {
		if (c >= 0x30 && c <= 0x39)
			return c - 0x30;
		var l = c | 0x20;
		if (l >= 0x61 && l <= 0x66)
			return l - 0x61 + 10;
		return -1;
	}
}
