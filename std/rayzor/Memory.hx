// rayzor.Memory: statistics of the runtime allocator, the Haxe face of rayzor_get_memory_stats.
// Takes: rayzor.rt.Alloc.getMemoryStats (runtime/ must be on the class path). Gives: stats() as an
// anonymous MemoryStats structure.
// Invariant: the counters are copied into a buffer before the returned structure is allocated, so a
// snapshot never includes its own structure (the next one does). The buffer itself is a 16-byte
// block allocated by the first call, before its first reading, and never freed.

package rayzor;

/** A snapshot of the allocator's counters. */
typedef MemoryStats = {
	/** Bytes allocated and not yet freed (sizes as requested, not rounded). */
	var liveBytes:Int;

	/** The largest value liveBytes has had. */
	var peakBytes:Int;

	/** Number of allocations so far (realloc of a non-null pointer is a resize, not an allocation). */
	var allocCount:Int;

	/** Number of frees so far (free of null does not count). */
	var freeCount:Int;
}

class Memory {
	/** Where getMemoryStats writes its four i32; allocated lazily (static data starts zeroed, i.e. nil). */
	static var buf:Ptr;

	/** The allocator's counters now. */
	public static function stats():MemoryStats {
		if (buf.isNull()) buf = Ptr.alloc(16);
		rayzor.rt.Alloc.getMemoryStats(buf);
		return {
			liveBytes: buf.getI32(0),
			peakBytes: buf.getI32(4),
			allocCount: buf.getI32(8),
			freeCount: buf.getI32(12)
		};
	}
}
