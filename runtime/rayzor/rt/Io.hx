// rayzor.rt.Io: text output. Takes Strings (UTF-16 code units) and a file descriptor (1 stdout,
// 2 stderr); gives their UTF-8 encoding to Host.write. A surrogate pair becomes one 4-byte sequence;
// a lone surrogate becomes U+FFFD (EF BF BD), since UTF-8 cannot carry it.
// Invariant: nothing is buffered between calls: every print reaches the host before the call returns,
// so output is never lost when a program exits, traps or dies of an uncaught exception. Each call
// encodes into one reusable scratch block and issues one Host.write per CHUNK bytes (one write in
// all for a line of ordinary length, newline included).

package rayzor.rt;

import rayzor.Host;
import rayzor.Ptr;

class Io {
	static inline var CHUNK = 4096;

	/** Writes `s` ("null" for null) to stdout. */
	public static function print(s:String):Void {
		write(1, s, false);
	}

	/** Writes `s` ("null" for null) and "\n" to stdout. */
	public static function println(s:String):Void {
		write(1, s, true);
	}

	/** Writes `s` ("null" for null), and "\n" when `newline`, to `fd` as UTF-8. */
	public static function write(fd:Int, s:String, newline:Bool):Void {
		if (Ptr.ofObject(s).isNull())
			s = "null";
		var buf = scratch();
		var units = Ptr.ofObject(s).add(12);
		var n = s.length;
		var used = 0;
		var i = 0;
		while (i < n) {
			if (used > CHUNK - 4) {
				Host.write(fd, buf, used);
				used = 0;
			}
			var c = units.getU16(2 * i);
			i++;
			if (c < 0x80) {
				buf.setU8(used, c);
				used++;
				continue;
			}
			if (c < 0x800) {
				buf.setU8(used, 0xC0 | (c >> 6));
				buf.setU8(used + 1, 0x80 | (c & 0x3F));
				used += 2;
				continue;
			}
			if (c >= 0xD800 && c <= 0xDFFF) {
				var lo = i < n ? units.getU16(2 * i) : 0;
				if (c <= 0xDBFF && lo >= 0xDC00 && lo <= 0xDFFF) {
					var cp = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
					i++;
					buf.setU8(used, 0xF0 | (cp >> 18));
					buf.setU8(used + 1, 0x80 | ((cp >> 12) & 0x3F));
					buf.setU8(used + 2, 0x80 | ((cp >> 6) & 0x3F));
					buf.setU8(used + 3, 0x80 | (cp & 0x3F));
					used += 4;
					continue;
				}
				c = 0xFFFD;
			}
			buf.setU8(used, 0xE0 | (c >> 12));
			buf.setU8(used + 1, 0x80 | ((c >> 6) & 0x3F));
			buf.setU8(used + 2, 0x80 | (c & 0x3F));
			used += 3;
		}
		if (newline) {
			if (used == CHUNK) {
				Host.write(fd, buf, used);
				used = 0;
			}
			buf.setU8(used, 0x0A);
			used++;
		}
		if (used > 0)
			Host.write(fd, buf, used);
	}

	// --- private helpers ---

	// CHUNK bytes, made on first use (a static Ptr starts as nil)
	static var block:Ptr;

	static function scratch():Ptr {
		if (block.isNull())
			block = Ptr.alloc(CHUNK);
		return block;
	}
}
