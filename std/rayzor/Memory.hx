// rayzor.Memory: statistics of the runtime allocator.
// Extern: the runtime issue implements stats() on rayzor_get_memory_stats; no Haxe bodies.
// MemoryStats is a plain typedef.

package rayzor;

/** A snapshot of the allocator's counters. */
typedef MemoryStats = {
	/** Bytes allocated and not yet freed. */
	var liveBytes:Int;

	/** The largest value liveBytes has had. */
	var peakBytes:Int;

	/** Number of allocations so far. */
	var allocCount:Int;

	/** Number of frees so far. */
	var freeCount:Int;
}

extern class Memory {
	/** The allocator's counters now. */
	static function stats():MemoryStats;
}
