// Runtime test (d): the null cases of the allocator ABI: rayzor_free(null, size) is a no-op (it counts
// as nothing), rayzor_realloc(null, old, new) is rayzor_malloc(new) whatever `old` says.
// Takes: nothing. Gives: stdout compared with expected.txt. Counters are read with
// rayzor_get_memory_stats into a buffer allocated before the baseline, and only `while` loops and Bool
// locals are used until the last reading (printing allocates strings, and a `for` loop may allocate
// an iterator).

import rayzor.Ptr;
import rayzor.rt.Alloc;

class Main {
	static function main() {
		var stats = Ptr.alloc(16);
		Alloc.getMemoryStats(stats);
		var live0 = stats.getI32(0);
		var allocs0 = stats.getI32(8);
		var frees0 = stats.getI32(12);

		Ptr.free(Ptr.nil(), 0);
		Ptr.free(Ptr.nil(), 100);
		Ptr.free(Ptr.nil(), 100000);
		Alloc.getMemoryStats(stats);
		var freeNil = stats.getI32(0) == live0 && stats.getI32(8) == allocs0 && stats.getI32(12) == frees0;

		var p = Ptr.realloc(Ptr.nil(), 0, 32);
		Alloc.getMemoryStats(stats);
		var reallocNil = !p.isNull() && stats.getI32(8) - allocs0 == 1 && stats.getI32(0) - live0 == 32;
		var usable = true;
		var i = 0;
		while (i < 32) {
			p.setU8(i, i);
			i++;
		}
		i = 0;
		while (i < 32) {
			if (p.getU8(i) != i) usable = false;
			i++;
		}

		// The old size of a null pointer is meaningless and ignored.
		var q = Ptr.realloc(Ptr.nil(), 12345, 5000);
		Alloc.getMemoryStats(stats);
		var oldSizeIgnored = !q.isNull() && stats.getI32(0) - live0 == 5032;
		Ptr.fill(q, 0x5A, 5000);
		var distinct = q.diff(p) != 0;

		var z = Ptr.realloc(Ptr.nil(), 0, 0);
		var zeroNonNull = !z.isNull();

		Ptr.free(p, 32);
		Ptr.free(q, 5000);
		Ptr.free(z, 0);
		Alloc.getMemoryStats(stats);
		Sys.println("free(null) changes no counter: " + freeNil);
		Sys.println("realloc(null, 0, 32) allocates: " + reallocNil);
		Sys.println("and the block is usable: " + usable);
		Sys.println("realloc(null, 12345, 5000) allocates 5000 bytes: " + oldSizeIgnored);
		Sys.println("distinct from the first: " + distinct);
		Sys.println("realloc(null, 0, 0) is non-null: " + zeroNonNull);
		Sys.println("live bytes back to baseline: " + (stats.getI32(0) == live0));
		Sys.println("allocations: " + (stats.getI32(8) - allocs0));
		Sys.println("frees: " + (stats.getI32(12) - frees0));
	}
}
