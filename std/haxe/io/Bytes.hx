// haxe.io.Bytes: a fixed-length sequence of bytes.
// Takes: a haxe.io.BytesData block (from alloc, ofString, ofHex or ofData). Gives: the Haxe 4 Bytes
// API over that block's memory through rayzor.Ptr: numbers are little-endian (the byte order of
// every rayzor target), floats are stored with their IEEE bits directly (no FPHelper).
// Strings: UTF8 by default; RawNative is rayzor's own string encoding, UTF-16 little-endian.
// Bounds: get gives 0 and set does nothing outside [0, length) (haxe --interp gives null and does
// nothing); every other access outside the bytes throws haxe.io.Error.OutsideBounds, as there.

package haxe.io;

import rayzor.Ptr;

class Bytes {
	/** Number of bytes. */
	public var length(default, null):Int;

	var b:BytesData;

	// b.__ptr, kept here to save a load on every access
	var p:Ptr;

	function new(length:Int, b:BytesData) {
		this.length = length;
		this.b = b;
		this.p = b.__ptr;
	}

	/** The byte at `pos` (0..255); 0 outside the bytes. */
	public inline function get(pos:Int):Int {
		return (pos < 0 || pos >= length) ? 0 : p.getU8(pos);
	}

	/** Stores the low 8 bits of `v` at `pos`; nothing happens outside the bytes. */
	public inline function set(pos:Int, v:Int):Void {
		if (pos >= 0 && pos < length)
			p.setU8(pos, v);
	}

	/** Copies `len` bytes of `src` from `srcpos` to `pos` in this; overlapping ranges are handled. */
	public function blit(pos:Int, src:Bytes, srcpos:Int, len:Int):Void {
		if (pos < 0 || srcpos < 0 || len < 0 || pos + len > length || srcpos + len > src.length)
			throw Error.OutsideBounds;
		Ptr.copy(p.add(pos), src.p.add(srcpos), len);
	}

	/** Sets `len` bytes from `pos` to the low 8 bits of `value`. */
	public function fill(pos:Int, len:Int, value:Int):Void {
		if (pos < 0 || len < 0 || pos + len > length)
			throw Error.OutsideBounds;
		Ptr.fill(p.add(pos), value & 0xFF, len);
	}

	/** A new Bytes holding a copy of `len` bytes from `pos`. */
	public function sub(pos:Int, len:Int):Bytes {
		if (pos < 0 || len < 0 || pos + len > length)
			throw Error.OutsideBounds;
		var out = alloc(len);
		Ptr.copy(out.p, p.add(pos), len);
		return out;
	}

	/** Byte-wise comparison: -1, 0 or 1 (as haxe --interp gives); a prefix sorts first. */
	public function compare(other:Bytes):Int {
		var n = length < other.length ? length : other.length;
		var q = other.p;
		for (i in 0...n) {
			var d = p.getU8(i) - q.getU8(i);
			if (d != 0)
				return d < 0 ? -1 : 1;
		}
		return length < other.length ? -1 : (length > other.length ? 1 : 0);
	}

	/** The IEEE double stored (little-endian) at `pos`. */
	public function getDouble(pos:Int):Float {
		check(pos, 8);
		return p.getF64(pos);
	}

	/** The IEEE single stored (little-endian) at `pos`. */
	public function getFloat(pos:Int):Float {
		check(pos, 4);
		return p.getF32(pos);
	}

	/** Stores `v` as an IEEE double (little-endian) at `pos`. */
	public function setDouble(pos:Int, v:Float):Void {
		check(pos, 8);
		p.setF64(pos, v);
	}

	/** Stores `v` rounded to an IEEE single (little-endian) at `pos`. */
	public function setFloat(pos:Int, v:Float):Void {
		check(pos, 4);
		p.setF32(pos, v);
	}

	/** The unsigned 16-bit number (little-endian) at `pos`. */
	public function getUInt16(pos:Int):Int {
		check(pos, 2);
		return p.getU16(pos);
	}

	/** Stores the low 16 bits of `v` (little-endian) at `pos`. */
	public function setUInt16(pos:Int, v:Int):Void {
		check(pos, 2);
		p.setU16(pos, v);
	}

	/** The signed 32-bit number (little-endian) at `pos`. */
	public function getInt32(pos:Int):Int {
		check(pos, 4);
		return p.getI32(pos);
	}

	/** The 64-bit number (little-endian) at `pos`. */
	public function getInt64(pos:Int):haxe.Int64 {
		check(pos, 8);
		return p.getI64(pos);
	}

	/** Stores `v` as 32 bits (little-endian) at `pos`. */
	public function setInt32(pos:Int, v:Int):Void {
		check(pos, 4);
		p.setI32(pos, v);
	}

	/** Stores `v` as 64 bits (little-endian) at `pos`. */
	public function setInt64(pos:Int, v:haxe.Int64):Void {
		check(pos, 8);
		p.setI64(pos, v);
	}

	/**
		The `len` bytes from `pos` decoded as a string: UTF-8 unless `encoding` is RawNative (UTF-16
		little-endian units; an odd last byte is ignored). A malformed UTF-8 sequence gives U+FFFD for
		its first byte and decoding goes on with the next one.
	**/
	public function getString(pos:Int, len:Int, ?encoding:Encoding):String {
		if (pos < 0 || len < 0 || pos + len > length)
			throw Error.OutsideBounds;
		if (encoding == RawNative)
			return String.__ofUnits(p.add(pos), len >> 1);
		// at most one unit per byte (a 4-byte sequence gives 2 units), so `len` units suffice
		var units = Ptr.alloc(2 * len);
		var n = 0;
		var i = pos;
		var end = pos + len;
		while (i < end) {
			var c = p.getU8(i++);
			if (c < 0x80) {
				units.setU16(2 * n++, c);
				continue;
			}
			var extra = if (c >= 0xC2 && c <= 0xDF) 1 else if (c >= 0xE0 && c <= 0xEF) 2 else if (c >= 0xF0 && c <= 0xF4) 3 else 0;
			var code = c & (0x3F >> extra);
			var ok = extra > 0 && i + extra <= end;
			if (ok) {
				for (k in 0...extra) {
					var cont = p.getU8(i + k);
					if ((cont & 0xC0) != 0x80) {
						ok = false;
						break;
					}
					code = (code << 6) | (cont & 0x3F);
				}
			}
			if (!ok || code > 0x10FFFF) {
				units.setU16(2 * n++, 0xFFFD);
				continue;
			}
			i += extra;
			if (code >= 0x10000) {
				code -= 0x10000;
				units.setU16(2 * n++, 0xD800 | (code >> 10));
				units.setU16(2 * n++, 0xDC00 | (code & 0x3FF));
			} else {
				units.setU16(2 * n++, code);
			}
		}
		var s = String.__ofUnits(units, n);
		Ptr.free(units, 2 * len);
		return s;
	}

	@:deprecated("readString is deprecated, use getString instead")
	@:noCompletion
	public inline function readString(pos:Int, len:Int):String {
		return getString(pos, len);
	}

	/** All the bytes decoded as UTF-8. */
	public function toString():String {
		return getString(0, length);
	}

	/** Two lower-case hexadecimal digits per byte. */
	public function toHex():String {
		var s = String.__alloc(2 * length);
		var q = Ptr.ofObject(s).add(12);
		for (i in 0...length) {
			var v = p.getU8(i);
			q.setU16(4 * i, hexChar(v >> 4));
			q.setU16(4 * i + 2, hexChar(v & 15));
		}
		return s;
	}

	/** The underlying storage. */
	public inline function getData():BytesData {
		return b;
	}

	/** The address of the first byte, for runtime code that hands the bytes to the host. */
	@:noCompletion public inline function __ptr():Ptr {
		return p;
	}

	/** `length` new bytes, all zero. */
	public static function alloc(length:Int):Bytes {
		return new Bytes(length, new BytesData(length));
	}

	/** The bytes of `s` in `encoding` (UTF8 by default; RawNative is UTF-16 little-endian). */
	@:pure
	public static function ofString(s:String, ?encoding:Encoding):Bytes {
		var n = s.length;
		var units = Ptr.ofObject(s).add(12);
		if (encoding == RawNative) {
			var raw = alloc(2 * n);
			Ptr.copy(raw.p, units, 2 * n);
			return raw;
		}
		// first pass: the size; a lone surrogate takes 3 bytes (it is encoded as U+FFFD)
		var size = 0;
		var i = 0;
		while (i < n) {
			var c = units.getU16(2 * i);
			if (c < 0x80)
				size += 1;
			else if (c < 0x800)
				size += 2;
			else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && isLow(units.getU16(2 * i + 2))) {
				size += 4;
				i++;
			} else
				size += 3;
			i++;
		}
		var out = alloc(size);
		var q = out.p;
		var o = 0;
		i = 0;
		while (i < n) {
			var c = units.getU16(2 * i);
			i++;
			if (c < 0x80) {
				q.setU8(o++, c);
			} else if (c < 0x800) {
				q.setU8(o++, 0xC0 | (c >> 6));
				q.setU8(o++, 0x80 | (c & 0x3F));
			} else if (c >= 0xD800 && c <= 0xDBFF && i < n && isLow(units.getU16(2 * i))) {
				var cp = 0x10000 + ((c - 0xD800) << 10) + (units.getU16(2 * i) - 0xDC00);
				i++;
				q.setU8(o++, 0xF0 | (cp >> 18));
				q.setU8(o++, 0x80 | ((cp >> 12) & 0x3F));
				q.setU8(o++, 0x80 | ((cp >> 6) & 0x3F));
				q.setU8(o++, 0x80 | (cp & 0x3F));
			} else {
				if (c >= 0xD800 && c <= 0xDFFF)
					c = 0xFFFD;
				q.setU8(o++, 0xE0 | (c >> 12));
				q.setU8(o++, 0x80 | ((c >> 6) & 0x3F));
				q.setU8(o++, 0x80 | (c & 0x3F));
			}
		}
		return out;
	}

	/** Bytes over `b` itself (no copy). */
	public static function ofData(b:BytesData):Bytes {
		return new Bytes(b.length, b);
	}

	/** The bytes written in `s` as pairs of hexadecimal digits (either case). */
	public static function ofHex(s:String):Bytes {
		var n = s.length;
		if ((n & 1) != 0)
			throw "Not a hex string (odd number of digits)";
		var out = alloc(n >> 1);
		for (i in 0...out.length) {
			var hi = hexDigit(s.__unit(2 * i));
			var lo = hexDigit(s.__unit(2 * i + 1));
			if (hi < 0 || lo < 0)
				throw "Not a hex string";
			out.p.setU8(i, (hi << 4) | lo);
		}
		return out;
	}

	/** The byte at `pos` of storage `b`; unchecked. */
	public inline static function fastGet(b:BytesData, pos:Int):Int {
		return b.get(pos);
	}

	// --- private helpers ---

	// throws OutsideBounds unless [pos, pos + size) lies inside the bytes
	inline function check(pos:Int, size:Int):Void {
		if (pos < 0 || pos + size > length)
			throw Error.OutsideBounds;
	}

	static inline function isLow(u:Int):Bool {
		return u >= 0xDC00 && u <= 0xDFFF;
	}

	static inline function hexChar(v:Int):Int {
		return v < 10 ? 0x30 + v : 0x57 + v;
	}

	static function hexDigit(c:Int):Int {
		if (c >= 0x30 && c <= 0x39)
			return c - 0x30;
		var l = c | 0x20;
		if (l >= 0x61 && l <= 0x66)
			return l - 0x61 + 10;
		return -1;
	}
}
