class BitSet {
	var words:Array<Int>;
	public var size(default, null):Int;

	public function new(size:Int) {
		this.size = size;
		words = [for (_ in 0...((size + 31) >> 5)) 0];
	}

	public function set(i:Int):Void words[i >> 5] |= 1 << (i & 31);
	public function clear(i:Int):Void words[i >> 5] &= ~(1 << (i & 31));
	public function get(i:Int):Bool return (words[i >> 5] >>> (i & 31)) & 1 == 1;

	public function count():Int {
		var c = 0;
		for (w in words) {
			var v = w;
			while (v != 0) {
				v &= v - 1;
				c++;
			}
		}
		return c;
	}

	public function toString():String return [for (i in 0...size) get(i) ? "1" : "0"].join("");
}

class Main {
	static function rotl(x:Int, n:Int):Int return (x << n) | (x >>> (32 - n));

	static function fnv1a(s:String):Int {
		var h = 0x811c9dc5;
		for (i in 0...s.length) {
			h ^= s.charCodeAt(i);
			h *= 0x01000193;
		}
		return h;
	}

	static function popcount(x:Int):Int {
		x = x - ((x >>> 1) & 0x55555555);
		x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
		x = (x + (x >>> 4)) & 0x0F0F0F0F;
		return (x * 0x01010101) >>> 24;
	}

	static function main() {
		Sys.println((1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (-1 >>> 1) + " " + (-1 >> 1) + " " + (-16 >> 2) + " " + (-16 >>> 28));
		Sys.println((0xFF & 0x0F) + " " + (0xF0 | 0x0F) + " " + (0xFF ^ 0x0F) + " " + ~0 + " " + ~5);
		Sys.println(StringTools.hex(rotl(0x12345678, 8)) + " " + StringTools.hex(rotl(0x80000001, 1)));
		Sys.println(fnv1a("hello") + " " + StringTools.hex(fnv1a("hello"), 8) + " " + StringTools.hex(fnv1a(""), 8));
		Sys.println(popcount(0) + " " + popcount(255) + " " + popcount(-1) + " " + popcount(0x12345678));

		// packing RGBA
		function pack(r:Int, g:Int, b:Int, a:Int):Int return (a << 24) | (r << 16) | (g << 8) | b;
		var c = pack(255, 128, 64, 200);
		Sys.println(c + " " + StringTools.hex(c, 8) + " r=" + ((c >> 16) & 0xFF) + " g=" + ((c >> 8) & 0xFF) + " b=" + (c & 0xFF) + " a=" + (c >>> 24) + " a(signed)=" + (c >> 24));

		// flags
		var READ = 1, WRITE = 2, EXEC = 4;
		var perm = READ | EXEC;
		Sys.println((perm & WRITE != 0) + " " + (perm & EXEC != 0) + " " + (perm ^ EXEC) + " " + (perm | WRITE));

		// overflow
		var big = 0x7FFFFFFF;
		Sys.println((big + 1) + " " + (big * 2) + " " + (-big - 2) + " " + (big * big));
		var acc = 1;
		for (i in 0...40) acc = acc * 3 + 1;
		Sys.println(acc);
		var h = 17;
		for (w in ["alpha", "beta", "gamma"]) for (i in 0...w.length) h = h * 31 + w.charCodeAt(i);
		Sys.println(h);

		// bitset
		var bs = new BitSet(40);
		for (i in [0, 3, 5, 31, 32, 39]) bs.set(i);
		bs.clear(3);
		Sys.println(bs.toString() + " count=" + bs.count() + " " + bs.get(31) + " " + bs.get(3));

		// gray code and bit reversal
		Sys.println([for (i in 0...8) i ^ (i >> 1)]);
		function reverse8(b:Int):Int {
			var r = 0;
			for (i in 0...8) if (b & (1 << i) != 0) r |= 1 << (7 - i);
			return r;
		}
		Sys.println(reverse8(1) + " " + reverse8(0xF0) + " " + reverse8(0x35));
		// signed/unsigned conversions
		var u:UInt = 0xFFFFFFFF;
		Sys.println(u + " " + (u > 0) + " " + Std.string(u >> 1));
		var neg = -200;
		Sys.println((neg & 0xFF) + " " + ((neg << 24) >> 24) + " " + (neg >>> 24));
		// Int64-ish via two ints
		var lo = 0xFFFFFFFF, hi = 0;
		lo += 1;
		if (lo == 0) hi += 1;
		Sys.println(hi + ":" + lo);
		// shift by >= 32
		var s = 5;
		Sys.println((1 << s) + " " + (1 << (s + 32)) + " " + (256 >> 40) + " " + (-256 >>> 36));
	}
}
