// haxe.iterators.StringIteratorUnicode: iterates over the Unicode code points of a String.
// Real Haxe (API as in 4.2.5). rayzor strings are UTF-16, so a surrogate pair is one code point; a
// lone surrogate is given as it is.

package haxe.iterators;

class StringIteratorUnicode {
	var offset = 0;
	var s:String;

	public inline function new(s:String) {
		this.s = s;
	}

	public inline function hasNext():Bool {
		return offset < s.length;
	}

	public function next():Int {
		var c:Int = s.charCodeAt(offset++);
		if (c >= 0xD800 && c < 0xDC00 && offset < s.length) {
			var lo:Int = s.charCodeAt(offset);
			if (lo >= 0xDC00 && lo < 0xE000) {
				offset++;
				return ((c - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
			}
		}
		return c;
	}

	/** `for (c in StringIteratorUnicode.unicodeIterator(s))`. */
	public static inline function unicodeIterator(s:String):StringIteratorUnicode {
		return new StringIteratorUnicode(s);
	}
}
