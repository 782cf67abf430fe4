// haxe.io.Input: a source of bytes. Subclasses implement readByte (and, for speed, readBytes); every
// other reader is built on those two.
// Real Haxe: the whole class. The base readByte throws NotImplementedException; the runtime's stdin
// (Sys.stdin()) is a subclass. Floats go through haxe.io.FPHelper (runtime-provided).

package haxe.io;

class Input {
	/** Whether multi-byte numbers are read big-endian (default: little-endian). */
	public var bigEndian(default, set):Bool;

	/** The next byte (0..255); throws haxe.io.Eof at the end. */
	public function readByte():Int {
		throw new haxe.exceptions.NotImplementedException();
	}

	/**
		Reads up to `len` bytes into `s` at `pos`; gives how many were read (fewer at the end of the
		input; haxe.io.Eof when none is left).
	**/
	public function readBytes(s:Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > s.length)
			throw Error.OutsideBounds;
		var n = 0;
		try {
			while (n < len) {
				s.set(pos + n, readByte());
				n++;
			}
		} catch (e:Eof) {
			if (n == 0 && len > 0)
				throw e;
		}
		return n;
	}

	/** Releases the input. */
	public function close():Void {}

	function set_bigEndian(b:Bool):Bool {
		bigEndian = b;
		return b;
	}

	/** Everything up to the end, read `bufsize` (default 16384) bytes at a time. */
	public function readAll(?bufsize:Int):Bytes {
		var size = bufsize == null ? (1 << 14) : bufsize;
		var chunk = Bytes.alloc(size);
		var all = new BytesBuffer();
		try {
			while (true) {
				var n = readBytes(chunk, 0, size);
				if (n == 0)
					throw Error.Blocked;
				all.addBytes(chunk, 0, n);
			}
		} catch (e:Eof) {}
		return all.getBytes();
	}

	/** Reads exactly `len` bytes into `s` at `pos`. */
	public function readFullBytes(s:Bytes, pos:Int, len:Int):Void {
		while (len > 0) {
			var n = readBytes(s, pos, len);
			if (n == 0)
				throw Error.Blocked;
			pos += n;
			len -= n;
		}
	}

	/** Reads exactly `nbytes` bytes. */
	public function read(nbytes:Int):Bytes {
		var out = Bytes.alloc(nbytes);
		readFullBytes(out, 0, nbytes);
		return out;
	}

	/** The bytes before the next byte `end` (which is consumed), as a UTF-8 string. */
	public function readUntil(end:Int):String {
		var line = new BytesBuffer();
		while (true) {
			var c = readByte();
			if (c == end)
				break;
			line.addByte(c);
		}
		return line.getBytes().toString();
	}

	/**
		The next line without its `\n` (or `\r\n`), as a UTF-8 string; the last line may lack the
		newline. Throws haxe.io.Eof when nothing is left.
	**/
	public function readLine():String {
		var line = new BytesBuffer();
		var sawEnd = false;
		try {
			while (true) {
				var c = readByte();
				if (c == "\n".code)
					break;
				line.addByte(c);
			}
		} catch (e:Eof) {
			if (line.length == 0)
				throw e;
			sawEnd = true;
		}
		var s = line.getBytes().toString();
		if (!sawEnd && s.length > 0 && s.charCodeAt(s.length - 1) == "\r".code)
			s = s.substr(0, s.length - 1);
		return s;
	}

	/** An IEEE single. */
	public function readFloat():Float {
		return FPHelper.i32ToFloat(readInt32());
	}

	/** An IEEE double. */
	public function readDouble():Float {
		var first = readInt32();
		var second = readInt32();
		return bigEndian ? FPHelper.i64ToDouble(second, first) : FPHelper.i64ToDouble(first, second);
	}

	/** A signed byte. */
	public function readInt8():Int {
		var n = readByte();
		return n >= 0x80 ? n - 0x100 : n;
	}

	/** A signed 16-bit number. */
	public function readInt16():Int {
		var n = readUInt16();
		return n >= 0x8000 ? n - 0x10000 : n;
	}

	/** An unsigned 16-bit number. */
	public function readUInt16():Int {
		var a = readByte();
		var b = readByte();
		return bigEndian ? (a << 8) | b : a | (b << 8);
	}

	/** A signed 24-bit number. */
	public function readInt24():Int {
		var n = readUInt24();
		return n >= 0x800000 ? n - 0x1000000 : n;
	}

	/** An unsigned 24-bit number. */
	public function readUInt24():Int {
		var a = readByte();
		var b = readByte();
		var c = readByte();
		return bigEndian ? (a << 16) | (b << 8) | c : a | (b << 8) | (c << 16);
	}

	/** A signed 32-bit number. */
	public function readInt32():Int {
		var a = readByte();
		var b = readByte();
		var c = readByte();
		var d = readByte();
		return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : a | (b << 8) | (c << 16) | (d << 24);
	}

	/** `len` bytes decoded as a string (UTF8 unless `encoding` says otherwise). */
	public function readString(len:Int, ?encoding:Encoding):String {
		var raw = Bytes.alloc(len);
		readFullBytes(raw, 0, len);
		return raw.getString(0, len, encoding);
	}
}
