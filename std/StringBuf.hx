// StringBuf: builds a string piece by piece.
// Real Haxe: the whole class, over one String field that grows by concatenation. A backend may
// later replace it with a runtime builder; the API stays the same.

class StringBuf {
	var buf:String;

	/** Length of the text so far, in code units. */
	public var length(get, never):Int;

	public function new() {
		buf = "";
	}

	inline function get_length():Int {
		return buf.length;
	}

	/** Appends `Std.string(x)`. */
	public function add<T>(x:T):Void {
		buf += Std.string(x);
	}

	/** Appends the character with code `c`. */
	public function addChar(c:Int):Void {
		buf += String.fromCharCode(c);
	}

	/** Appends `len` code units of `s` from `pos` (all the rest when `len` is omitted). */
	public function addSub(s:String, pos:Int, ?len:Int):Void {
		buf += (len == null) ? s.substr(pos) : s.substr(pos, len);
	}

	/** The text built so far. */
	public function toString():String {
		return buf;
	}
}
