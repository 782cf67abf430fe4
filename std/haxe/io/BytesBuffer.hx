// haxe.io.BytesBuffer: builds a haxe.io.Bytes by appending.
// Real Haxe: the whole class, over a haxe.io.Bytes that doubles in size when full. Numbers are
// appended little-endian; floats go through haxe.io.FPHelper (runtime-provided).

package haxe.io;

class BytesBuffer {
	var buf:Bytes;
	var used:Int;

	/** Number of bytes appended so far. */
	public var length(get, never):Int;

	public function new() {
		buf = Bytes.alloc(64);
		used = 0;
	}

	inline function get_length():Int {
		return used;
	}

	/** Appends the low 8 bits of `byte`. */
	public function addByte(byte:Int):Void {
		reserve(1);
		buf.set(used++, byte);
	}

	/** Appends all of `src`. */
	public function add(src:Bytes):Void {
		reserve(src.length);
		buf.blit(used, src, 0, src.length);
		used += src.length;
	}

	/** Appends the bytes of `v` in `encoding` (UTF8 by default). */
	public function addString(v:String, ?encoding:Encoding):Void {
		add(Bytes.ofString(v, encoding));
	}

	/** Appends `v` as 4 bytes, little-endian. */
	public function addInt32(v:Int):Void {
		reserve(4);
		buf.setInt32(used, v);
		used += 4;
	}

	/** Appends `v` as 8 bytes, little-endian. */
	public function addInt64(v:haxe.Int64):Void {
		addInt32(v.low);
		addInt32(v.high);
	}

	/** Appends `v` as an IEEE single, little-endian. */
	public function addFloat(v:Float):Void {
		addInt32(FPHelper.floatToI32(v));
	}

	/** Appends `v` as an IEEE double, little-endian. */
	public function addDouble(v:Float):Void {
		addInt64(FPHelper.doubleToI64(v));
	}

	/** Appends `len` bytes of `src` from `pos`. */
	public function addBytes(src:Bytes, pos:Int, len:Int):Void {
		if (pos < 0 || len < 0 || pos + len > src.length)
			throw Error.OutsideBounds;
		reserve(len);
		buf.blit(used, src, pos, len);
		used += len;
	}

	/** The bytes appended so far; the buffer starts over empty afterwards. */
	public function getBytes():Bytes {
		var out = used == buf.length ? buf : buf.sub(0, used);
		buf = Bytes.alloc(64);
		used = 0;
		return out;
	}

	// makes room for `n` more bytes
	function reserve(n:Int):Void {
		if (used + n <= buf.length)
			return;
		var size = buf.length * 2;
		while (size < used + n)
			size *= 2;
		var bigger = Bytes.alloc(size);
		bigger.blit(0, buf, 0, used);
		buf = bigger;
	}
}
