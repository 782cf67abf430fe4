// haxe.io.BytesBuffer: builds a haxe.io.Bytes by appending.
// Takes: bytes, numbers (little-endian, floats as their IEEE bits) and strings (UTF-8 by default).
// Gives: getBytes(), a copy of everything appended so far; as on haxe --interp the buffer keeps its
// contents and length afterwards.
// Invariant: `buf` holds `cap` bytes of which the first `used` are the contents; the capacity
// doubles when full.

package haxe.io;

import rayzor.Ptr;

class BytesBuffer {
	var buf:Ptr;
	var used:Int;
	var cap:Int;

	/** Number of bytes appended so far. */
	public var length(get, never):Int;

	public function new() {
		buf = Ptr.nil();
		used = 0;
		cap = 0;
	}

	inline function get_length():Int {
		return used;
	}

	/** Appends the low 8 bits of `byte`. */
	public function addByte(byte:Int):Void {
		if (used == cap)
			reserve(1);
		buf.setU8(used++, byte);
	}

	/** Appends all of `src`. */
	public function add(src:Bytes):Void {
		var n = src.length;
		reserve(n);
		Ptr.copy(buf.add(used), src.__ptr(), n);
		used += n;
	}

	/** Appends the bytes of `v` in `encoding` (UTF8 by default, RawNative: UTF-16 little-endian). */
	public function addString(v:String, ?encoding:Encoding):Void {
		add(Bytes.ofString(v, encoding));
	}

	/** Appends `v` as 4 bytes, little-endian. */
	public function addInt32(v:Int):Void {
		reserve(4);
		buf.setI32(used, v);
		used += 4;
	}

	/** Appends `v` as 8 bytes, little-endian. */
	public function addInt64(v:haxe.Int64):Void {
		reserve(8);
		buf.setI64(used, v);
		used += 8;
	}

	/** Appends `v` as an IEEE single, little-endian. */
	public function addFloat(v:Float):Void {
		reserve(4);
		buf.setF32(used, v);
		used += 4;
	}

	/** Appends `v` as an IEEE double, little-endian. */
	public function addDouble(v:Float):Void {
		reserve(8);
		buf.setF64(used, v);
		used += 8;
	}

	/** Appends `len` bytes of `src` from `pos`. */
	public function addBytes(src:Bytes, pos:Int, len:Int):Void {
		if (pos < 0 || len < 0 || pos + len > src.length)
			throw Error.OutsideBounds;
		reserve(len);
		Ptr.copy(buf.add(used), src.__ptr().add(pos), len);
		used += len;
	}

	/** A copy of the bytes appended so far. */
	public function getBytes():Bytes {
		var out = Bytes.alloc(used);
		Ptr.copy(out.__ptr(), buf, used);
		return out;
	}

	// makes room for `n` more bytes
	function reserve(n:Int):Void {
		if (used + n <= cap)
			return;
		var size = cap < 64 ? 64 : cap * 2;
		while (size < used + n)
			size *= 2;
		buf = Ptr.realloc(buf, cap, size);
		cap = size;
	}
}
