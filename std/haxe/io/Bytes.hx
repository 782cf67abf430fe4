// haxe.io.Bytes: a fixed-length sequence of bytes.
// Real Haxe: the whole class, over haxe.io.BytesData, whose storage the runtime provides. Float
// conversions go through haxe.io.FPHelper (runtime-provided bit casts). Multi-byte numbers are
// little-endian. Strings: UTF8 by default; RawNative is UTF-16 little-endian (rayzor's strings).

package haxe.io;

class Bytes {
	/** Number of bytes. */
	public var length(default, null):Int;

	var b:BytesData;

	function new(length:Int, b:BytesData) {
		this.length = length;
		this.b = b;
	}

	/** The byte at `pos` (0..255); unchecked. */
	public inline function get(pos:Int):Int {
		return b[pos];
	}

	/** Stores the low 8 bits of `v` at `pos`; unchecked. */
	public inline function set(pos:Int, v:Int):Void {
		b[pos] = v & 0xFF;
	}

	/** Copies `len` bytes of `src` from `srcpos` to `pos` in this; overlapping ranges are handled. */
	public function blit(pos:Int, src:Bytes, srcpos:Int, len:Int):Void {
		if (pos < 0 || srcpos < 0 || len < 0 || pos + len > length || srcpos + len > src.length)
			throw Error.OutsideBounds;
		var to = b;
		var from = src.b;
		if (to == from && pos > srcpos) {
			var i = len - 1;
			while (i >= 0) {
				to[pos + i] = from[srcpos + i];
				i--;
			}
		} else {
			for (i in 0...len)
				to[pos + i] = from[srcpos + i];
		}
	}

	/** Sets `len` bytes from `pos` to the low 8 bits of `value`. */
	public function fill(pos:Int, len:Int, value:Int):Void {
		var v = value & 0xFF;
		for (i in pos...pos + len)
			b[i] = v;
	}

	/** A new Bytes holding a copy of `len` bytes from `pos`. */
	public function sub(pos:Int, len:Int):Bytes {
		if (pos < 0 || len < 0 || pos + len > length)
			throw Error.OutsideBounds;
		var out = alloc(len);
		out.blit(0, this, pos, len);
		return out;
	}

	/** Byte-wise comparison: negative, zero or positive; a prefix sorts first. */
	public function compare(other:Bytes):Int {
		var n = length < other.length ? length : other.length;
		for (i in 0...n) {
			var d = b[i] - other.b[i];
			if (d != 0)
				return d;
		}
		return length - other.length;
	}

	/** The IEEE double stored (little-endian) at `pos`. */
	public function getDouble(pos:Int):Float {
		return FPHelper.i64ToDouble(getInt32(pos), getInt32(pos + 4));
	}

	/** The IEEE single stored (little-endian) at `pos`. */
	public function getFloat(pos:Int):Float {
		return FPHelper.i32ToFloat(getInt32(pos));
	}

	/** Stores `v` as an IEEE double (little-endian) at `pos`. */
	public function setDouble(pos:Int, v:Float):Void {
		var bits = FPHelper.doubleToI64(v);
		setInt32(pos, bits.low);
		setInt32(pos + 4, bits.high);
	}

	/** Stores `v` as an IEEE single (little-endian) at `pos`. */
	public function setFloat(pos:Int, v:Float):Void {
		setInt32(pos, FPHelper.floatToI32(v));
	}

	/** The unsigned 16-bit number (little-endian) at `pos`. */
	public inline function getUInt16(pos:Int):Int {
		return get(pos) | (get(pos + 1) << 8);
	}

	/** Stores the low 16 bits of `v` (little-endian) at `pos`. */
	public inline function setUInt16(pos:Int, v:Int):Void {
		set(pos, v);
		set(pos + 1, v >> 8);
	}

	/** The signed 32-bit number (little-endian) at `pos`. */
	public inline function getInt32(pos:Int):Int {
		return get(pos) | (get(pos + 1) << 8) | (get(pos + 2) << 16) | (get(pos + 3) << 24);
	}

	/** The 64-bit number (little-endian) at `pos`. */
	public inline function getInt64(pos:Int):haxe.Int64 {
		return haxe.Int64.make(getInt32(pos + 4), getInt32(pos));
	}

	/** Stores `v` as 32 bits (little-endian) at `pos`. */
	public inline function setInt32(pos:Int, v:Int):Void {
		set(pos, v);
		set(pos + 1, v >> 8);
		set(pos + 2, v >> 16);
		set(pos + 3, v >>> 24);
	}

	/** Stores `v` as 64 bits (little-endian) at `pos`. */
	public inline function setInt64(pos:Int, v:haxe.Int64):Void {
		setInt32(pos, v.low);
		setInt32(pos + 4, v.high);
	}

	/** The `len` bytes from `pos` decoded as a string (UTF8 unless `encoding` says otherwise). */
	public function getString(pos:Int, len:Int, ?encoding:Encoding):String {
		if (pos < 0 || len < 0 || pos + len > length)
			throw Error.OutsideBounds;
		var out = new StringBuf();
		var end = pos + len;
		var i = pos;
		if (encoding == RawNative) {
			// UTF-16 little-endian code units; pairs are combined so that addChar sees code points
			while (i + 1 < end) {
				var unit = b[i] | (b[i + 1] << 8);
				i += 2;
				if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < end) {
					var next = b[i] | (b[i + 1] << 8);
					if (next >= 0xDC00 && next <= 0xDFFF) {
						unit = 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00);
						i += 2;
					}
				}
				out.addChar(unit);
			}
			return out.toString();
		}
		while (i < end) {
			var c = b[i++];
			if (c < 0x80) {
				out.addChar(c);
				continue;
			}
			var extra = if ((c & 0xE0) == 0xC0) 1 else if ((c & 0xF0) == 0xE0) 2 else if ((c & 0xF8) == 0xF0) 3 else 0;
			if (extra == 0 || i + extra > end) {
				out.addChar(0xFFFD); // malformed
				continue;
			}
			var code = c & (0x3F >> extra);
			var ok = true;
			for (k in 0...extra) {
				var cont = b[i + k];
				if ((cont & 0xC0) != 0x80) {
					ok = false;
					break;
				}
				code = (code << 6) | (cont & 0x3F);
			}
			if (ok) {
				i += extra;
				out.addChar(code);
			} else {
				out.addChar(0xFFFD);
			}
		}
		return out.toString();
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
		var digits = "0123456789abcdef";
		var out = new StringBuf();
		for (i in 0...length) {
			var v = b[i];
			out.addChar(digits.charCodeAt(v >> 4));
			out.addChar(digits.charCodeAt(v & 15));
		}
		return out.toString();
	}

	/** The underlying storage. */
	public inline function getData():BytesData {
		return b;
	}

	/** `length` new bytes (zero on rayzor; Haxe does not promise any value). */
	public static function alloc(length:Int):Bytes {
		return new Bytes(length, new BytesData(length));
	}

	/** The bytes of `s` in `encoding` (UTF8 by default; RawNative is UTF-16 little-endian). */
	@:pure
	public static function ofString(s:String, ?encoding:Encoding):Bytes {
		if (encoding == RawNative) {
			var units = new Array<Int>();
			for (i in 0...s.length) {
				var c:Int = s.charCodeAt(i);
				if (c >= 0x10000) {
					// a code point beyond one unit (targets whose strings are not UTF-16)
					units.push(0xD800 + ((c - 0x10000) >> 10));
					units.push(0xDC00 + ((c - 0x10000) & 0x3FF));
				} else {
					units.push(c);
				}
			}
			var raw = alloc(units.length * 2);
			for (k in 0...units.length) {
				raw.set(k * 2, units[k]);
				raw.set(k * 2 + 1, units[k] >> 8);
			}
			return raw;
		}
		var bytes = new Array<Int>();
		var i = 0;
		while (i < s.length) {
			var c:Int = s.charCodeAt(i++);
			if (c >= 0xD800 && c <= 0xDBFF && i < s.length) {
				var d:Int = s.charCodeAt(i);
				if (d >= 0xDC00 && d <= 0xDFFF) {
					c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
					i++;
				}
			}
			if (c < 0x80) {
				bytes.push(c);
			} else if (c < 0x800) {
				bytes.push(0xC0 | (c >> 6));
				bytes.push(0x80 | (c & 0x3F));
			} else if (c < 0x10000) {
				bytes.push(0xE0 | (c >> 12));
				bytes.push(0x80 | ((c >> 6) & 0x3F));
				bytes.push(0x80 | (c & 0x3F));
			} else {
				bytes.push(0xF0 | (c >> 18));
				bytes.push(0x80 | ((c >> 12) & 0x3F));
				bytes.push(0x80 | ((c >> 6) & 0x3F));
				bytes.push(0x80 | (c & 0x3F));
			}
		}
		var out = alloc(bytes.length);
		for (k in 0...bytes.length)
			out.b[k] = bytes[k];
		return out;
	}

	/** Bytes over `b` itself (no copy). */
	public static function ofData(b:BytesData):Bytes {
		return new Bytes(b.length, b);
	}

	/** The bytes written in `s` as pairs of hexadecimal digits (either case). */
	public static function ofHex(s:String):Bytes {
		if ((s.length & 1) != 0)
			throw "Not a hex string (odd number of digits)";
		var out = alloc(s.length >> 1);
		for (i in 0...out.length) {
			var hi = hexDigit(s.charCodeAt(i * 2));
			var lo = hexDigit(s.charCodeAt(i * 2 + 1));
			if (hi < 0 || lo < 0)
				throw "Not a hex string";
			out.b[i] = (hi << 4) | lo;
		}
		return out;
	}

	/** The byte at `pos` of storage `b`; unchecked. */
	public inline static function fastGet(b:BytesData, pos:Int):Int {
		return b[pos];
	}

	static function hexDigit(c:Null<Int>):Int {
		if (c == null)
			return -1;
		var v:Int = c;
		return if (v >= "0".code && v <= "9".code) v - "0".code;
		else if (v >= "a".code && v <= "f".code) v - "a".code + 10;
		else if (v >= "A".code && v <= "F".code) v - "A".code + 10;
		else -1;
	}
}
