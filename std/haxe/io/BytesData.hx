// haxe.io.BytesData: the storage under haxe.io.Bytes, a fixed-length block of bytes.
// Extern: the runtime provides BytesStorage (a length and that many bytes on the runtime allocator);
// no Haxe bodies. Reading gives 0..255; writing stores the low 8 bits. haxe.io.Bytes is written in
// Haxe over these three operations (new, length, [i]).

package haxe.io;

typedef BytesData = BytesStorage;

extern class BytesStorage implements ArrayAccess<Int> {
	/** Number of bytes. */
	var length(default, null):Int;

	/** `length` bytes, all zero. */
	function new(length:Int):Void;
}
