// Runtime test (f): arenas. 2000 bump allocations of 0 to 199 bytes plus a few larger than a chunk,
// every one 8-aligned, non-overlapping and holding its data; destroy returns every chunk, so the
// counters come back to their baseline. Two arenas at once do not interfere.
// Takes: nothing. Gives: stdout compared with expected.txt. Counters are read with
// rayzor_get_memory_stats into a buffer allocated before the baseline; the arena's own chunks are
// ordinary allocator blocks and are what the counters see. Only `while` loops are used until the last
// reading (a `for` loop may allocate an iterator), and nothing is printed before it.

import rayzor.Ptr;
import rayzor.rt.Alloc;
import rayzor.rt.Arena;

class Main {
	static inline var COUNT = 2000;

	static function sizeAt(i:Int):Int {
		// every 500th request is larger than a standard chunk
		if (i % 500 == 499) return 20000 + i;
		return (i * 37) % 200;
	}

	static function main() {
		var stats = Ptr.alloc(16);
		var ps = Ptr.size();
		var table = Ptr.alloc(COUNT * ps);
		Alloc.getMemoryStats(stats);
		var live0 = stats.getI32(0);
		var allocs0 = stats.getI32(8);
		var frees0 = stats.getI32(12);

		var arena = Arena.create();
		var other = Arena.create();
		var aligned = true;
		var i = 0;
		while (i < COUNT) {
			var size = sizeAt(i);
			var p = Arena.alloc(arena, size);
			if ((p.addr() & 7) != 0) aligned = false;
			Ptr.fill(p, i & 255, size);
			table.setPtr(i * ps, p);
			// interleave allocations in a second arena, filled with a byte no block of the first uses
			var q = Arena.alloc(other, 24);
			Ptr.fill(q, 0xEE, 24);
			i++;
		}
		var intact = true;
		i = 0;
		while (i < COUNT) {
			var p = table.getPtr(i * ps);
			var size = sizeAt(i);
			var k = 0;
			while (k < size) {
				if (p.getU8(k) != (i & 255)) intact = false;
				k++;
			}
			i++;
		}
		// zero-size requests still get distinct addresses
		var z1 = Arena.alloc(arena, 0);
		var z2 = Arena.alloc(arena, 0);
		Alloc.getMemoryStats(stats);
		var grew = stats.getI32(0) - live0;

		Arena.destroy(other);
		Arena.destroy(arena);
		Alloc.getMemoryStats(stats);

		Sys.println("aligned to 8: " + aligned);
		Sys.println("data intact: " + intact);
		Sys.println("zero-size allocations distinct: " + (z1.diff(z2) != 0));
		Sys.println("chunks counted as live while the arenas exist: " + (grew > 2000 * 24 + 4 * 20000));
		Sys.println("live bytes back to baseline after destroy: " + (stats.getI32(0) == live0));
		Sys.println("every chunk freed: " + (stats.getI32(8) - allocs0 == stats.getI32(12) - frees0));
		Ptr.free(table, COUNT * ps);
		Ptr.free(stats, 16);
	}
}
