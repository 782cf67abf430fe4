// StringBuf: builds a string piece by piece.
// Takes: values of any type (converted with Std.string), characters and string slices. Gives: the
// text so far as a new String (toString copies, so the buffer can go on growing afterwards).
// Invariant: `__units` holds `__cap` UTF-16 code units of which the first `__len` are the text;
// the capacity doubles when full, so appending is amortised O(1) per unit.

import rayzor.Ptr;

class StringBuf {
	var __units:Ptr;
	var __len:Int;
	var __cap:Int;

	/** Length of the text so far, in code units. */
	public var length(get, never):Int;

	public function new() {
		__units = Ptr.nil();
		__len = 0;
		__cap = 0;
	}

	inline function get_length():Int {
		return __len;
	}

	/** Appends `Std.string(x)`. */
	public function add<T>(x:T):Void {
		var s = Std.string(x);
		var n = s.length;
		__room(n);
		Ptr.copy(__units.add(2 * __len), Ptr.ofObject(s).add(12), 2 * n);
		__len += n;
	}

	/** Appends the character with code `c` (two code units, a surrogate pair, above 0xFFFF). */
	public function addChar(c:Int):Void {
		if (c >= 0x10000 && c <= 0x10FFFF) {
			__room(2);
			var v = c - 0x10000;
			__units.setU16(2 * __len, 0xD800 | (v >> 10));
			__units.setU16(2 * __len + 2, 0xDC00 | (v & 0x3FF));
			__len += 2;
			return;
		}
		if (__len == __cap)
			__room(1);
		__units.setU16(2 * __len, c);
		__len++;
	}

	/**
		Appends `len` code units of `s` from `pos` (all the rest when `len` is omitted), with the
		bounds rules of String.substr (negative `pos` counts from the end, and so on).
	**/
	public function addSub(s:String, pos:Int, ?len:Int):Void {
		var total = s.length;
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
			return;
		__room(n);
		Ptr.copy(__units.add(2 * __len), Ptr.ofObject(s).add(12 + 2 * pos), 2 * n);
		__len += n;
	}

	/** The text built so far (a copy). */
	public function toString():String {
		return String.__ofUnits(__units, __len);
	}

	// makes room for `n` more units
	function __room(n:Int):Void {
		var need = __len + n;
		if (need <= __cap)
			return;
		var cap = __cap < 16 ? 16 : __cap * 2;
		if (cap < need)
			cap = need;
		__units = Ptr.realloc(__units, 2 * __cap, 2 * cap);
		__cap = cap;
	}
}
