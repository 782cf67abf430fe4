// Runtime test (b): rayzor_realloc keeps the contents up to the smaller size, across every kind of
// resize the allocator has (small to large, large growth, large shrink in place, large to small, same
// size class, to size 0, repeated doubling). Takes: nothing. Gives: stdout compared with expected.txt.
// The byte at offset i is always pattern(i), so a check needs no copy of the old data. Counters are
// read with rayzor_get_memory_stats into a buffer allocated before the baseline, and only `while`
// loops and Bool locals are used until the last reading (printing allocates strings, and a `for` loop
// may allocate an iterator), so the counters see nothing but the test's own blocks.

import rayzor.Ptr;
import rayzor.rt.Alloc;

class Main {
	static function pattern(i:Int):Int {
		return (i * 31 + 7) & 255;
	}

	static function fillPattern(p:Ptr, from:Int, to:Int):Void {
		var i = from;
		while (i < to) {
			p.setU8(i, pattern(i));
			i++;
		}
	}

	static function holdsPattern(p:Ptr, n:Int):Bool {
		var i = 0;
		while (i < n) {
			if (p.getU8(i) != pattern(i)) return false;
			i++;
		}
		return true;
	}

	static function main() {
		var stats = Ptr.alloc(16);
		Alloc.getMemoryStats(stats);
		var live0 = stats.getI32(0);
		var allocs0 = stats.getI32(8);
		var frees0 = stats.getI32(12);

		var p = Ptr.alloc(16);
		fillPattern(p, 0, 16);

		p = Ptr.realloc(p, 16, 4096);
		var smallToLarge = holdsPattern(p, 16);
		fillPattern(p, 16, 4096);

		p = Ptr.realloc(p, 4096, 100000);
		var largeGrowth = holdsPattern(p, 4096);
		fillPattern(p, 4096, 100000);

		var before = p;
		p = Ptr.realloc(p, 100000, 3000);
		var largeShrink = holdsPattern(p, 3000);
		var shrinkInPlace = p.diff(before) == 0;

		p = Ptr.realloc(p, 3000, 40);
		var largeToSmall = holdsPattern(p, 40);

		before = p;
		p = Ptr.realloc(p, 40, 40);
		var sameInPlace = p.diff(before) == 0;

		p = Ptr.realloc(p, 40, 41);
		var nextClass = holdsPattern(p, 40);
		p.setU8(40, pattern(40));

		p = Ptr.realloc(p, 41, 0);
		var toZero = !p.isNull();
		p = Ptr.realloc(p, 0, 8);
		fillPattern(p, 0, 8);
		var fromZero = holdsPattern(p, 8);
		Ptr.free(p, 8);

		// A growing buffer, as Vec does it: double from 8 to 262144 bytes, checking at every step,
		// then shrink it back by halves.
		var size = 8;
		var q = Ptr.alloc(size);
		fillPattern(q, 0, size);
		var kept = true;
		var steps = 0;
		while (size < 262144) {
			var next = size * 2;
			q = Ptr.realloc(q, size, next);
			if (!holdsPattern(q, size)) kept = false;
			fillPattern(q, size, next);
			size = next;
			steps++;
		}
		while (size > 8) {
			var next = size >> 1;
			q = Ptr.realloc(q, size, next);
			if (!holdsPattern(q, next)) kept = false;
			size = next;
			steps++;
		}
		Ptr.free(q, size);

		Alloc.getMemoryStats(stats);
		Sys.println("16 -> 4096 (small to large) keeps 16 bytes: " + smallToLarge);
		Sys.println("4096 -> 100000 (large growth) keeps 4096 bytes: " + largeGrowth);
		Sys.println("100000 -> 3000 (large shrink) keeps 3000 bytes: " + largeShrink);
		Sys.println("large shrink stays in place: " + shrinkInPlace);
		Sys.println("3000 -> 40 (large to small) keeps 40 bytes: " + largeToSmall);
		Sys.println("40 -> 40 stays in place: " + sameInPlace);
		Sys.println("40 -> 41 keeps 40 bytes: " + nextClass);
		Sys.println("41 -> 0 gives a non-null pointer: " + toZero);
		Sys.println("0 -> 8 is usable: " + fromZero);
		Sys.println("doubling to 262144 and halving back keeps the data: " + kept + " (" + steps + " reallocs)");
		Sys.println("live bytes back to baseline: " + (stats.getI32(0) == live0));
		// realloc of a non-null block is a resize: only the two Ptr.alloc calls count as allocations.
		Sys.println("allocations: " + (stats.getI32(8) - allocs0));
		Sys.println("frees: " + (stats.getI32(12) - frees0));
		Sys.println("peak covers the 262144-byte buffer: " + (stats.getI32(4) - live0 >= 262144));
	}
}
