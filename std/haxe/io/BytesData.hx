// haxe.io.BytesData: the storage under haxe.io.Bytes, a fixed-length block of bytes.
// Takes: a length. Gives: that many bytes on the runtime allocator, zeroed, read as 0..255 and
// written as the low 8 bits. haxe.io.Bytes keeps the block's address (`__ptr`) and works on the
// memory directly; this class exists for getData/ofData.

package haxe.io;

import rayzor.Ptr;

class BytesData {
	/** Number of bytes. */
	public var length(default, null):Int;

	/** The address of the first byte. */
	@:noCompletion public var __ptr(default, null):Ptr;

	/** `length` bytes, all zero. */
	public function new(length:Int):Void {
		this.length = length;
		__ptr = Ptr.alloc(length);
		Ptr.fill(__ptr, 0, length);
	}

	/** The byte at `pos` (0..255); unchecked. */
	public inline function get(pos:Int):Int {
		return __ptr.getU8(pos);
	}

	/** Stores the low 8 bits of `v` at `pos`; unchecked. */
	public inline function set(pos:Int, v:Int):Void {
		__ptr.setU8(pos, v);
	}
}
