// Runtime test (e): freed memory is reused. The same address comes back for a same-size (or same size
// class) allocation after a free, for small and large blocks; 1000 alloc/free cycles of mixed sizes
// (0 to 5999 bytes, up to 8 blocks alive at a time) leave the counters at their baseline and stay
// within a footprint far smaller than the 3 MB they request in total.
// Takes: nothing. Gives: stdout compared with expected.txt. Counters are read with
// rayzor_get_memory_stats into a buffer allocated before the baseline. Every block is filled with its
// own tag byte and checked just before it is freed, which catches two live blocks sharing memory.
// Only `while` loops are used until the last reading of the counters (a `for` loop may allocate an
// iterator), and nothing is printed before it.

import rayzor.Ptr;
import rayzor.rt.Alloc;

class Main {
	static function sizeOfCycle(i:Int):Int {
		return (i * 7919) % 6000;
	}

	static function holdsTag(p:Ptr, n:Int, tag:Int):Bool {
		var k = 0;
		while (k < n) {
			if (p.getU8(k) != tag) return false;
			k++;
		}
		return true;
	}

	static function main() {
		var stats = Ptr.alloc(16);
		var ring = Ptr.alloc(8 * Ptr.size());
		Ptr.fill(ring, 0, 8 * Ptr.size());
		Alloc.getMemoryStats(stats);
		var live0 = stats.getI32(0);
		var allocs0 = stats.getI32(8);
		var frees0 = stats.getI32(12);

		// small: same size, then same size class (41 rounds up to the 48-byte class)
		var a = Ptr.alloc(48);
		Ptr.free(a, 48);
		var b = Ptr.alloc(48);
		var sameSmall = b.diff(a) == 0;
		Ptr.free(b, 48);
		var c = Ptr.alloc(41);
		var sameClass = c.diff(a) == 0;
		Ptr.free(c, 41);

		// large: x is not at the top of the heap (y follows it), so it goes to the large free list
		var x = Ptr.alloc(5000);
		var y = Ptr.alloc(5000);
		Ptr.free(x, 5000);
		var z = Ptr.alloc(5000);
		var sameLarge = z.diff(x) == 0;
		Ptr.free(z, 5000);
		Ptr.free(y, 5000);

		// 1000 cycles through a ring of 8 slots: slot i % 8 is freed (after its tag is checked) and
		// refilled with a block of sizeOfCycle(i) bytes tagged i & 255.
		var ps = Ptr.size();
		var intact = true;
		var ref = Ptr.nil();
		var lo = 0;
		var hi = 0;
		var i = 0;
		while (i < 1000) {
			var slot = (i & 7) * ps;
			if (i >= 8) {
				var old = ring.getPtr(slot);
				var oldSize = sizeOfCycle(i - 8);
				if (!holdsTag(old, oldSize, (i - 8) & 255)) intact = false;
				Ptr.free(old, oldSize);
			}
			var size = sizeOfCycle(i);
			var p = Ptr.alloc(size);
			Ptr.fill(p, i & 255, size);
			ring.setPtr(slot, p);
			// footprint: the lowest start and highest end of every block, relative to the first one
			if (ref.isNull()) ref = p;
			var start = p.diff(ref);
			if (start < lo) lo = start;
			if (start + size > hi) hi = start + size;
			i++;
		}
		i = 992;
		while (i < 1000) {
			var old = ring.getPtr((i & 7) * ps);
			var oldSize = sizeOfCycle(i);
			if (!holdsTag(old, oldSize, i & 255)) intact = false;
			Ptr.free(old, oldSize);
			i++;
		}

		Alloc.getMemoryStats(stats);
		Sys.println("same-size small block reused: " + sameSmall);
		Sys.println("same-class small block reused: " + sameClass);
		Sys.println("same-size large block reused: " + sameLarge);
		Sys.println("live blocks never overlapped: " + intact);
		Sys.println("footprint of 1000 cycles under 1 MiB: " + (hi - lo < 1048576));
		Sys.println("live bytes back to baseline: " + (stats.getI32(0) == live0));
		Sys.println("allocations: " + (stats.getI32(8) - allocs0));
		Sys.println("frees: " + (stats.getI32(12) - frees0));
	}
}
