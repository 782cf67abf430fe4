// Runtime test (a): allocation and deallocation through rayzor_malloc / rayzor_free, observed with
// rayzor.Memory.stats(). Takes: nothing. Gives: stdout compared with expected.txt.
// Layout independence: every stats() call allocates its own result structure (after reading the
// counters), so the test first measures that cost with two back-to-back snapshots and subtracts it from
// each later pair of consecutive snapshots. The measured windows hold nothing but the allocator calls;
// the checks run between windows and nothing is printed until the last snapshot is taken.

import rayzor.Memory;
import rayzor.Ptr;

class Main {
	static function main() {
		var s0 = Memory.stats();
		var s1 = Memory.stats();
		// What one snapshot costs the counters (0 if the structure does not come from rayzor_malloc).
		var liveCost = s1.liveBytes - s0.liveBytes;
		var countCost = s1.allocCount - s0.allocCount;

		// window 1: three allocations
		var a = Ptr.alloc(100);
		var b = Ptr.alloc(3000);
		var c = Ptr.alloc(24);
		var s2 = Memory.stats();

		// The blocks are usable and do not overlap: fill each with its own byte, then read all back.
		Ptr.fill(a, 0xA1, 100);
		Ptr.fill(b, 0xB2, 3000);
		Ptr.fill(c, 0xC3, 24);
		var intact = true;
		for (i in 0...100) if (a.getU8(i) != 0xA1) intact = false;
		for (i in 0...3000) if (b.getU8(i) != 0xB2) intact = false;
		for (i in 0...24) if (c.getU8(i) != 0xC3) intact = false;
		var aligned = (a.addr() & 7) == 0 && (b.addr() & 7) == 0 && (c.addr() & 7) == 0;
		var distinct = a.diff(b) != 0 && b.diff(c) != 0 && a.diff(c) != 0;

		// window 2: the three frees
		var s3 = Memory.stats();
		Ptr.free(a, 100);
		Ptr.free(b, 3000);
		Ptr.free(c, 24);
		var s4 = Memory.stats();

		var grown = s2.liveBytes - s1.liveBytes - liveCost;
		var shrunk = s4.liveBytes - s3.liveBytes - liveCost;
		Sys.println("blocks usable: " + intact);
		Sys.println("aligned to 8: " + aligned);
		Sys.println("distinct: " + distinct);
		Sys.println("live bytes change after 3 allocs: " + grown);
		Sys.println("allocations: " + (s2.allocCount - s1.allocCount - countCost));
		Sys.println("frees while allocating: " + (s2.freeCount - s1.freeCount));
		Sys.println("live bytes change after 3 frees: " + shrunk);
		Sys.println("frees: " + (s4.freeCount - s3.freeCount));
		Sys.println("back to baseline: " + (grown + shrunk == 0));
		Sys.println("peak covers the 3 blocks: " + (s4.peakBytes >= s2.liveBytes));
		Sys.println("peak at least live: " + (s4.peakBytes >= s4.liveBytes));
	}
}
