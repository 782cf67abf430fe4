// haxe.io.BytesInput: a haxe.io.Input reading a Bytes range (from `pos`, `len` bytes).
// Real Haxe: the whole class, over Bytes.get and Bytes.blit.

package haxe.io;

class BytesInput extends Input {
	var b:Bytes;
	var pos:Int;
	var len:Int;
	var totlen:Int;

	/** The read position, relative to the start of the range. */
	public var position(get, set):Int;

	/** The length of the range. */
	public var length(get, never):Int;

	public function new(b:Bytes, ?pos:Int, ?len:Int) {
		if (pos == null)
			pos = 0;
		if (len == null)
			len = b.length - pos;
		if (pos < 0 || len < 0 || pos + len > b.length)
			throw Error.OutsideBounds;
		this.b = b;
		this.pos = pos;
		this.len = len;
		this.totlen = len;
	}

	function get_position():Int {
		return totlen - len + 0;
	}

	function get_length():Int {
		return totlen;
	}

	function set_position(p:Int):Int {
		if (p < 0)
			p = 0;
		else if (p > totlen)
			p = totlen;
		pos += p - get_position();
		len = totlen - p;
		return p;
	}

	public override function readByte():Int {
		if (len == 0)
			throw new Eof();
		len--;
		return b.get(pos++);
	}

	public override function readBytes(buf:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > buf.length)
			throw Error.OutsideBounds;
		if (this.len == 0 && len > 0)
			throw new Eof();
		if (this.len < len)
			len = this.len;
		buf.blit(pos, b, this.pos, len);
		this.pos += len;
		this.len -= len;
		return len;
	}
}
