// Runtime test (c): rayzor_malloc(0) gives a unique non-null pointer (never read), and such blocks are
// freed with size 0 like any other. Takes: nothing. Gives: stdout compared with expected.txt.
// Counters are read with rayzor_get_memory_stats into a buffer allocated before the baseline, and only
// `while` loops and Bool locals are used until the last reading (printing allocates strings, and a
// `for` loop may allocate an iterator).

import rayzor.Ptr;
import rayzor.rt.Alloc;

class Main {
	static function main() {
		var stats = Ptr.alloc(16);
		Alloc.getMemoryStats(stats);
		var live0 = stats.getI32(0);
		var allocs0 = stats.getI32(8);
		var frees0 = stats.getI32(12);

		var a = Ptr.alloc(0);
		var b = Ptr.alloc(0);
		var c = Ptr.alloc(0);
		// A small block allocated in between must not coincide with a zero-size one either.
		var d = Ptr.alloc(8);
		var e = Ptr.alloc(0);

		Alloc.getMemoryStats(stats);
		// Live bytes count requested sizes: only the 8-byte block adds any.
		var noLiveBytes = stats.getI32(0) - live0 == 8;
		var nonNull = !a.isNull() && !b.isNull() && !c.isNull() && !e.isNull();
		var distinct = a.diff(b) != 0 && a.diff(c) != 0 && b.diff(c) != 0 && a.diff(e) != 0 && b.diff(e) != 0 && c.diff(e) != 0;
		var notTheSmallBlock = d.diff(a) != 0 && d.diff(b) != 0 && d.diff(c) != 0 && d.diff(e) != 0;
		var aligned = (a.addr() & 7) == 0 && (b.addr() & 7) == 0 && (c.addr() & 7) == 0 && (e.addr() & 7) == 0;

		Ptr.free(a, 0);
		Ptr.free(b, 0);
		Ptr.free(c, 0);
		Ptr.free(d, 8);
		Ptr.free(e, 0);

		// Many zero-size blocks alive at once: compare every pair.
		var n = 64;
		var ps = Ptr.size();
		var table = Ptr.alloc(n * ps);
		var i = 0;
		while (i < n) {
			table.setPtr(i * ps, Ptr.alloc(0));
			i++;
		}
		var allDistinct = true;
		i = 0;
		while (i < n) {
			var j = i + 1;
			while (j < n) {
				if (table.getPtr(i * ps).diff(table.getPtr(j * ps)) == 0) allDistinct = false;
				j++;
			}
			i++;
		}
		i = 0;
		while (i < n) {
			Ptr.free(table.getPtr(i * ps), 0);
			i++;
		}
		Ptr.free(table, n * ps);

		Alloc.getMemoryStats(stats);
		Sys.println("non-null: " + nonNull);
		Sys.println("distinct: " + distinct);
		Sys.println("distinct from an 8-byte block: " + notTheSmallBlock);
		Sys.println("aligned to 8: " + aligned);
		Sys.println("zero-size blocks add no live bytes: " + noLiveBytes);
		Sys.println("64 live zero-size blocks pairwise distinct: " + allDistinct);
		Sys.println("live bytes back to baseline: " + (stats.getI32(0) == live0));
		Sys.println("allocations: " + (stats.getI32(8) - allocs0));
		Sys.println("frees: " + (stats.getI32(12) - frees0));
	}
}
