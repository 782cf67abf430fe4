// haxe.io.BytesOutput: a haxe.io.Output collecting bytes in memory (getBytes() gives them).
// Real Haxe: the whole class, over haxe.io.BytesBuffer.

package haxe.io;

class BytesOutput extends Output {
	var b:BytesBuffer;

	/** The number of bytes written so far. */
	public var length(get, never):Int;

	public function new() {
		b = new BytesBuffer();
	}

	function get_length():Int {
		return b.length;
	}

	override function writeByte(c:Int):Void {
		b.addByte(c);
	}

	override function writeBytes(buf:Bytes, pos:Int, len:Int):Int {
		b.addBytes(buf, pos, len);
		return len;
	}

	/** The bytes written (the output must not be used afterwards). */
	public function getBytes():Bytes {
		return b.getBytes();
	}
}
