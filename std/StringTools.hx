// StringTools: static helpers on String, meant for `using StringTools`.
// Takes: Strings (UTF-16 code units). Gives: new Strings, positions and tests; every function here is
// plain Haxe over String's API and its unchecked `__unit` reader (std/String.hx).
// URL coding works on UTF-8 bytes, so surrogate pairs are combined before encoding.
// fastCodeAt gives -1 past the end of the string (haxe --interp gives null there; Haxe leaves it
// unspecified), and isEof tests for that value; unsafeCodeAt does no bounds check at all.

import haxe.iterators.StringIterator;
import haxe.iterators.StringKeyValueIterator;

class StringTools {
	static inline var HEX_UPPER = "0123456789ABCDEF";

	/** Percent-encodes `s` as UTF-8; letters, digits and `-_.` stay as they are. */
	public static function urlEncode(s:String):String {
		var out = new StringBuf();
		var bytes = new Array<Int>();
		var i = 0;
		while (i < s.length) {
			var c = codePointAt(s, i);
			i += unitsAt(s, i);
			if (isUrlSafe(c)) {
				out.addChar(c);
				continue;
			}
			bytes.resize(0);
			appendUtf8(bytes, c);
			for (b in bytes) {
				out.addChar("%".code);
				out.addChar(HEX_UPPER.__unit(b >> 4));
				out.addChar(HEX_UPPER.__unit(b & 15));
			}
		}
		return out.toString();
	}

	/** Decodes %XX sequences (as UTF-8) and `+` (as a space); a `%` without two hex digits is dropped. */
	public static function urlDecode(s:String):String {
		var bytes = new Array<Int>();
		var i = 0;
		while (i < s.length) {
			var c = codePointAt(s, i);
			if (c == "+".code) {
				bytes.push(" ".code);
				i++;
			} else if (c == "%".code) {
				var hi = hexValue(fastCodeAt(s, i + 1));
				var lo = hexValue(fastCodeAt(s, i + 2));
				if (hi >= 0 && lo >= 0) {
					bytes.push(hi * 16 + lo);
					i += 3;
				} else {
					i++; // a stray % is dropped
				}
			} else {
				appendUtf8(bytes, c);
				i += unitsAt(s, i);
			}
		}
		return decodeUtf8(bytes);
	}

	/** Replaces `&`, `<`, `>` (and, when `quotes` is true, `"` and `'`) with HTML entities. */
	public static function htmlEscape(s:String, ?quotes:Bool):String {
		var out = new StringBuf();
		var quoting = quotes == true;
		var start = 0;
		for (i in 0...s.length) {
			var entity = switch (fastCodeAt(s, i)) {
				case "&".code: "&amp;";
				case "<".code: "&lt;";
				case ">".code: "&gt;";
				case '"'.code if (quoting): "&quot;";
				case "'".code if (quoting): "&#039;";
				case _: null;
			}
			if (entity != null) {
				out.addSub(s, start, i - start);
				out.add(entity);
				start = i + 1;
			}
		}
		out.addSub(s, start, s.length - start);
		return out.toString();
	}

	/** The inverse of htmlEscape: `&gt;`, `&lt;`, `&quot;`, `&#039;` and `&amp;` become characters. */
	public static function htmlUnescape(s:String):String {
		var r = replace(s, "&gt;", ">");
		r = replace(r, "&lt;", "<");
		r = replace(r, "&quot;", '"');
		r = replace(r, "&#039;", "'");
		// last, so that "&amp;lt;" gives "&lt;"
		return replace(r, "&amp;", "&");
	}

	/** Whether `value` occurs in `s` (always true for ""). */
	public static inline function contains(s:String, value:String):Bool {
		return s.indexOf(value) != -1;
	}

	/** Whether `s` begins with `start`. */
	public static function startsWith(s:String, start:String):Bool {
		return s.length >= start.length && sameUnits(s, 0, start);
	}

	/** Whether `s` ends with `end`. */
	public static function endsWith(s:String, end:String):Bool {
		return s.length >= end.length && sameUnits(s, s.length - end.length, end);
	}

	/** Whether the unit at `pos` is a space, tab, newline, vertical tab, form feed or carriage return. */
	public static function isSpace(s:String, pos:Int):Bool {
		if (pos < 0 || pos >= s.length)
			return false;
		var c = s.__unit(pos);
		return (c >= 9 && c <= 13) || c == 32;
	}

	/** `s` without leading white space (as isSpace defines it). */
	public static function ltrim(s:String):String {
		var from = 0;
		while (from < s.length && isSpace(s, from))
			from++;
		return from == 0 ? s : s.substr(from);
	}

	/** `s` without trailing white space (as isSpace defines it). */
	public static function rtrim(s:String):String {
		var to = s.length;
		while (to > 0 && isSpace(s, to - 1))
			to--;
		return to == s.length ? s : s.substr(0, to);
	}

	/** `s` without leading and trailing white space. */
	public static function trim(s:String):String {
		return ltrim(rtrim(s));
	}

	/** Prepends copies of `c` until the result has at least `l` units (may overshoot; "" changes nothing). */
	public static function lpad(s:String, c:String, l:Int):String {
		if (c.length <= 0)
			return s;
		var pad = new StringBuf();
		var want = l - s.length;
		while (pad.length < want)
			pad.add(c);
		pad.add(s);
		return pad.toString();
	}

	/** Appends copies of `c` until the result has at least `l` units (may overshoot; "" changes nothing). */
	public static function rpad(s:String, c:String, l:Int):String {
		if (c.length <= 0)
			return s;
		var out = new StringBuf();
		out.add(s);
		while (out.length < l)
			out.add(c);
		return out.toString();
	}

	/** Replaces every occurrence of `sub` in `s` by `by` ("" as `sub` inserts `by` between units). */
	public static function replace(s:String, sub:String, by:String):String {
		return s.split(sub).join(by);
	}

	/** `n` in upper-case hexadecimal (negative numbers as their 32-bit pattern), zero-padded to `digits`. */
	public static function hex(n:Int, ?digits:Int):String {
		var count = 1;
		while (count < 8 && (n >>> (4 * count)) != 0)
			count++;
		var width = digits == null || (digits : Int) < count ? count : (digits : Int);
		var out = new StringBuf();
		for (k in 0...width - count)
			out.addChar("0".code);
		var shift = 4 * (count - 1);
		while (shift >= 0) {
			out.addChar(HEX_UPPER.__unit((n >>> shift) & 15));
			shift -= 4;
		}
		return out.toString();
	}

	/** The code unit at `index`, or -1 outside the string. */
	public static inline function fastCodeAt(s:String, index:Int):Int {
		return (index < 0 || index >= s.length) ? -1 : s.__unit(index);
	}

	/** The code unit at `index`, for indices known to be in range (nothing is checked). */
	public static inline function unsafeCodeAt(s:String, index:Int):Int {
		return s.__unit(index);
	}

	/** Iterates over the code units of `s`. */
	public static inline function iterator(s:String):StringIterator {
		return new StringIterator(s);
	}

	/** Iterates over (index, code unit) pairs of `s`. */
	public static inline function keyValueIterator(s:String):StringKeyValueIterator {
		return new StringKeyValueIterator(s);
	}

	/** Whether `c`, a result of fastCodeAt, means "past the end". */
	@:noUsing public static inline function isEof(c:Int):Bool {
		return c == -1;
	}

	@:noCompletion
	@:deprecated('StringTools.quoteUnixArg() is deprecated. Use haxe.SysTools.quoteUnixArg() instead.')
	public static function quoteUnixArg(argument:String):String {
		return haxe.SysTools.quoteUnixArg(argument);
	}

	@:noCompletion
	@:deprecated('StringTools.winMetaCharacters is deprecated. Use haxe.SysTools.winMetaCharacters instead.')
	public static var winMetaCharacters:Array<Int> = cast haxe.SysTools.winMetaCharacters;

	@:noCompletion
	@:deprecated('StringTools.quoteWinArg() is deprecated. Use haxe.SysTools.quoteWinArg() instead.')
	public static function quoteWinArg(argument:String, escapeMetaCharacters:Bool):String {
		return haxe.SysTools.quoteWinArg(argument, escapeMetaCharacters);
	}

	// --- private helpers ---

	// whether `part` occurs in `s` at `pos` (the caller checks the length)
	static function sameUnits(s:String, pos:Int, part:String):Bool {
		for (i in 0...part.length)
			if (s.__unit(pos + i) != part.__unit(i))
				return false;
		return true;
	}

	// the code point at `i`, combining a UTF-16 surrogate pair
	static function codePointAt(s:String, i:Int):Int {
		var c = fastCodeAt(s, i);
		if (unitsAt(s, i) == 2)
			return 0x10000 + ((c - 0xD800) << 10) + (fastCodeAt(s, i + 1) - 0xDC00);
		return c;
	}

	// 2 where a surrogate pair starts at `i`, else 1
	static function unitsAt(s:String, i:Int):Int {
		var c = fastCodeAt(s, i);
		if (c >= 0xD800 && c <= 0xDBFF) {
			var d = fastCodeAt(s, i + 1);
			if (d >= 0xDC00 && d <= 0xDFFF)
				return 2;
		}
		return 1;
	}

	static function isUrlSafe(c:Int):Bool {
		return (c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code)
			|| c == "-".code || c == "_".code || c == ".".code;
	}

	static function hexValue(c:Int):Int {
		return if (c >= "0".code && c <= "9".code) c - "0".code;
		else if (c >= "a".code && c <= "f".code) c - "a".code + 10;
		else if (c >= "A".code && c <= "F".code) c - "A".code + 10;
		else -1;
	}

	// appends the UTF-8 encoding of code point `c`
	static function appendUtf8(out:Array<Int>, c:Int):Void {
		if (c < 0x80) {
			out.push(c);
		} else if (c < 0x800) {
			out.push(0xC0 | (c >> 6));
			out.push(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			out.push(0xE0 | (c >> 12));
			out.push(0x80 | ((c >> 6) & 0x3F));
			out.push(0x80 | (c & 0x3F));
		} else {
			out.push(0xF0 | (c >> 18));
			out.push(0x80 | ((c >> 12) & 0x3F));
			out.push(0x80 | ((c >> 6) & 0x3F));
			out.push(0x80 | (c & 0x3F));
		}
	}

	// decodes UTF-8 bytes; a malformed sequence gives U+FFFD
	static function decodeUtf8(bytes:Array<Int>):String {
		var out = new StringBuf();
		var i = 0;
		var n = bytes.length;
		while (i < n) {
			var b = bytes[i++];
			var extra = if (b < 0x80) 0 else if ((b & 0xE0) == 0xC0) 1 else if ((b & 0xF0) == 0xE0) 2 else if ((b & 0xF8) == 0xF0) 3 else -1;
			if (extra < 0) {
				out.addChar(0xFFFD);
				continue;
			}
			var c = extra == 0 ? b : b & (0x3F >> extra);
			var ok = true;
			for (k in 0...extra) {
				if (i >= n || (bytes[i] & 0xC0) != 0x80) {
					ok = false;
					break;
				}
				c = (c << 6) | (bytes[i++] & 0x3F);
			}
			out.addChar(ok ? c : 0xFFFD);
		}
		return out.toString();
	}
}
