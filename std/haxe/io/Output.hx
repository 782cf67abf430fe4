// haxe.io.Output: a sink for bytes. Subclasses implement writeByte (and, for speed, writeBytes);
// every other writer is built on those two.
// Real Haxe: the whole class. The base writeByte throws NotImplementedException; the runtime's
// stdout and stderr (Sys.stdout(), Sys.stderr()) are subclasses. Floats go through
// haxe.io.FPHelper (runtime-provided).

package haxe.io;

class Output {
	/** Whether multi-byte numbers are written big-endian (default: little-endian). */
	public var bigEndian(default, set):Bool;

	/** Writes the low 8 bits of `c`. */
	public function writeByte(c:Int):Void {
		throw new haxe.exceptions.NotImplementedException();
	}

	/** Writes up to `len` bytes of `s` from `pos`; gives how many were written. */
	public function writeBytes(s:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > s.length)
			throw Error.OutsideBounds;
		for (i in 0...len)
			writeByte(s.get(pos + i));
		return len;
	}

	/** Sends buffered bytes on. */
	public function flush():Void {}

	/** Releases the output. */
	public function close():Void {}

	function set_bigEndian(b:Bool):Bool {
		bigEndian = b;
		return b;
	}

	/** Writes all of `s`. */
	public function write(s:Bytes):Void {
		writeFullBytes(s, 0, s.length);
	}

	/** Writes exactly `len` bytes of `s` from `pos`. */
	public function writeFullBytes(s:Bytes, pos:Int, len:Int):Void {
		while (len > 0) {
			var n = writeBytes(s, pos, len);
			pos += n;
			len -= n;
		}
	}

	/** `x` as an IEEE single. */
	public function writeFloat(x:Float):Void {
		writeInt32(FPHelper.floatToI32(x));
	}

	/** `x` as an IEEE double. */
	public function writeDouble(x:Float):Void {
		var bits = FPHelper.doubleToI64(x);
		if (bigEndian) {
			writeInt32(bits.high);
			writeInt32(bits.low);
		} else {
			writeInt32(bits.low);
			writeInt32(bits.high);
		}
	}

	/** `x` as a signed byte; Overflow outside -128..127. */
	public function writeInt8(x:Int):Void {
		if (x < -0x80 || x >= 0x80)
			throw Error.Overflow;
		writeByte(x & 0xFF);
	}

	/** `x` as a signed 16-bit number; Overflow outside its range. */
	public function writeInt16(x:Int):Void {
		if (x < -0x8000 || x >= 0x8000)
			throw Error.Overflow;
		writeUInt16(x & 0xFFFF);
	}

	/** `x` as an unsigned 16-bit number; Overflow outside its range. */
	public function writeUInt16(x:Int):Void {
		if (x < 0 || x >= 0x10000)
			throw Error.Overflow;
		if (bigEndian) {
			writeByte(x >> 8);
			writeByte(x & 0xFF);
		} else {
			writeByte(x & 0xFF);
			writeByte(x >> 8);
		}
	}

	/** `x` as a signed 24-bit number; Overflow outside its range. */
	public function writeInt24(x:Int):Void {
		if (x < -0x800000 || x >= 0x800000)
			throw Error.Overflow;
		writeUInt24(x & 0xFFFFFF);
	}

	/** `x` as an unsigned 24-bit number; Overflow outside its range. */
	public function writeUInt24(x:Int):Void {
		if (x < 0 || x >= 0x1000000)
			throw Error.Overflow;
		if (bigEndian) {
			writeByte(x >> 16);
			writeByte((x >> 8) & 0xFF);
			writeByte(x & 0xFF);
		} else {
			writeByte(x & 0xFF);
			writeByte((x >> 8) & 0xFF);
			writeByte(x >> 16);
		}
	}

	/** `x` as 32 bits. */
	public function writeInt32(x:Int):Void {
		if (bigEndian) {
			writeByte(x >>> 24);
			writeByte((x >> 16) & 0xFF);
			writeByte((x >> 8) & 0xFF);
			writeByte(x & 0xFF);
		} else {
			writeByte(x & 0xFF);
			writeByte((x >> 8) & 0xFF);
			writeByte((x >> 16) & 0xFF);
			writeByte(x >>> 24);
		}
	}

	/** A hint that about `nbytes` bytes will follow. */
	public function prepare(nbytes:Int):Void {}

	/** Copies everything from `i` until its end, `bufsize` (default 4096) bytes at a time. */
	public function writeInput(i:Input, ?bufsize:Int):Void {
		var size = bufsize == null ? 4096 : bufsize;
		var chunk = Bytes.alloc(size);
		try {
			while (true) {
				var n = i.readBytes(chunk, 0, size);
				if (n == 0)
					throw Error.Blocked;
				writeFullBytes(chunk, 0, n);
			}
		} catch (e:Eof) {}
	}

	/** The bytes of `s` in `encoding` (UTF8 by default). */
	public function writeString(s:String, ?encoding:Encoding):Void {
		write(Bytes.ofString(s, encoding));
	}
}
