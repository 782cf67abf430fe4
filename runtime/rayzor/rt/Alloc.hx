// rayzor.rt.Alloc: the heap allocator behind rayzor_malloc / rayzor_realloc / rayzor_free, and its counters.
// Takes: linear memory from Host.sbrk (multiples of 65536 bytes; nil = the platform has no more).
// Gives: 8-byte aligned blocks under the sized-free contract of runtime/README.md (the caller hands the
// requested size back to free and realloc, so blocks carry no header), and rayzor_get_memory_stats.
// Invariants:
// - A block's real size is a pure function of the size it was requested with (blockSize): that is what
//   lets free find its size class or large-block size without a header. realloc resizes in place only
//   when the block stays exactly blockSize(newSize) long.
// - Small sizes (0..SMALL_MAX) round up to one of NUM_CLASSES size classes; each class keeps a LIFO
//   free list threaded through the freed blocks themselves (next pointer at +0). Small blocks never
//   change class.
// - Large sizes round up to 8 and come from one address-ordered free list (node: +0 next, +P size),
//   first fit, split on allocation, coalesced with both neighbours on free; every node is >= 16 bytes.
// - The "wilderness" [wildTop, wildEnd) is the untouched end of the newest sbrk region; both kinds
//   carve from it when their lists have nothing, and a freed large block that ends at wildTop goes back
//   into it.
// - This code runs under everything else: it uses only Ptr loads/stores, Host calls, Int arithmetic,
//   while loops and static Int/Bool/Ptr vars, which live in zero-initialised static data. It never
//   calls Ptr.alloc/realloc/free (they are these functions), never uses `for (i in a...b)` (which may
//   allocate an iterator) and never relies on static initialisers: the first malloc calls init().
//   Ptr equality and ordering go through diff(), not ==.
// - Blocks come back zeroed: malloc's first `size` bytes and realloc's grown tail read as 0, which the
//   lowering relies on for fields a constructor leaves unset and for array slots past the length.
//   Host.sbrk memory is zero when first handed out (wasm memory.grow, the interpreter's buffer, native
//   mmap), so only memory handed out before is cleared: blocks from the free lists, and the part of
//   the wilderness below `dirtyTop` (freed large blocks merge back into the wilderness).
// - Sizes and the heap are assumed to fit in Int (heap < 2 GiB); requests above MAX_REQUEST are
//   reported as out of memory before any rounding can overflow.

package rayzor.rt;

import rayzor.Host;
import rayzor.Ptr;

class Alloc {
	/** Largest size served by the size classes; anything bigger is a large block. */
	static inline var SMALL_MAX = 2048;

	/** 16 classes 8..128 by 8, then 4 classes per doubling: 160..256, 320..512, 640..1024, 1280..2048. */
	static inline var NUM_CLASSES = 32;

	/** Unit of Host.sbrk requests. */
	static inline var CHUNK = 65536;

	/** Smallest node of the large free list (needs next pointer + size: 8 bytes on wasm, 12 native). */
	static inline var MIN_LARGE_NODE = 16;

	/** Bigger requests cannot be met on a 32-bit heap, and rounding them up would overflow Int. */
	static inline var MAX_REQUEST = 0x7FF00000;

	/** Room reserved at init for the out-of-memory message (38 + 11 + 8 bytes used). */
	static inline var MSG_BYTES = 64;

	static var inited:Bool;

	/** NUM_CLASSES free-list heads, one pointer each, carved from the first region. */
	static var classHeads:Ptr;

	/** Scratch bytes for the fatal message: reserved up front because, when it is needed, nothing can be allocated. */
	static var msgBuf:Ptr;

	static var msgLen:Int;
	static var wildTop:Ptr;
	static var wildEnd:Ptr;

	/** Wilderness memory at or above this address has never been handed out, so it is still zero. */
	static var dirtyTop:Ptr;

	/** First node of the address-ordered large free list. */
	static var largeHead:Ptr;

	// Counters of rayzor_get_memory_stats. liveBytes counts requested sizes, not rounded ones, so that a
	// program that frees what it allocated sees exactly its starting value again.
	static var liveBytes:Int;
	static var peakBytes:Int;
	static var allocCount:Int;
	static var freeCount:Int;

	// ---- the exported ABI ---------------------------------------------------------------------------------

	/** Fresh 8-aligned memory of `size` bytes; size 0 gives a unique 8-byte block that must not be read. */
	@:native("rayzor_malloc")
	public static function malloc(size:Int):Ptr {
		// Fast path (most allocations are small objects): a block of the first 16 classes from its free
		// list, or from the never-used part of the wilderness (already zero); the same result, counters
		// included, as the general path below, which it leaves everything else to.
		if (inited && size > 0 && size <= 128) {
			var c = (size - 1) >> 3; // classOf(size) for 1..128
			var slot = classHeads.add(c * Ptr.size());
			var p = slot.getPtr(0);
			if (!p.isNull()) {
				slot.setPtr(0, p.getPtr(0));
				clear(p, size);
			} else {
				p = wildTop;
				var n = (c + 1) << 3; // classSize(c)
				if (wildEnd.diff(p) < n || p.diff(dirtyTop) < 0) return mallocSlow(size);
				wildTop = p.add(n);
				dirtyTop = wildTop;
			}
			allocCount++;
			liveBytes += size;
			if (liveBytes > peakBytes) peakBytes = liveBytes;
			return p;
		}
		return mallocSlow(size);
	}

	/** malloc's general path. */
	static function mallocSlow(size:Int):Ptr {
		if (!inited) init();
		if (size < 0 || size > MAX_REQUEST) {
			outOfMemory(size);
			return Ptr.nil();
		}
		var p = allocBlock(size);
		allocCount++;
		addLive(size);
		return p;
	}

	/** Resizes the block `p` (allocated with `oldSize`) to `newSize`, keeping min(old, new) bytes of content. */
	@:native("rayzor_realloc")
	public static function realloc(p:Ptr, oldSize:Int, newSize:Int):Ptr {
		if (p.isNull()) return malloc(newSize);
		if (newSize < 0 || newSize > MAX_REQUEST) {
			outOfMemory(newSize);
			return Ptr.nil();
		}
		var q = resize(p, oldSize, newSize);
		if (newSize > oldSize) clear(q.add(oldSize), newSize - oldSize);
		// A resize is neither an allocation nor a free for the counts: allocCount - freeCount stays the
		// number of live blocks.
		addLive(newSize - oldSize);
		return q;
	}

	/** Returns the block `p` that was allocated with `size` bytes; nil is a no-op. */
	@:native("rayzor_free")
	public static function free(p:Ptr, size:Int):Void {
		if (p.isNull()) return;
		releaseBlock(p, size);
		liveBytes -= size;
		freeCount++;
	}

	/** Writes four i32 at `out`: live bytes, peak live bytes, allocation count, free count. */
	@:native("rayzor_get_memory_stats")
	public static function getMemoryStats(out:Ptr):Void {
		if (out.isNull()) return;
		out.setI32(0, liveBytes);
		out.setI32(4, peakBytes);
		out.setI32(8, allocCount);
		out.setI32(12, freeCount);
	}

	/** Prints `Fatal error: out of memory (requested N bytes)` to stderr and exits 1. Also used by Arena. */
	public static function outOfMemory(requested:Int):Void {
		if (msgBuf.isNull()) {
			// The very first sbrk failed: there is not even room for the message.
			Host.exit(1);
			return;
		}
		msgLen = 0;
		put("F".code); put("a".code); put("t".code); put("a".code); put("l".code); put(" ".code);
		put("e".code); put("r".code); put("r".code); put("o".code); put("r".code); put(":".code); put(" ".code);
		put("o".code); put("u".code); put("t".code); put(" ".code);
		put("o".code); put("f".code); put(" ".code);
		put("m".code); put("e".code); put("m".code); put("o".code); put("r".code); put("y".code); put(" ".code);
		put("(".code); put("r".code); put("e".code); put("q".code); put("u".code); put("e".code); put("s".code);
		put("t".code); put("e".code); put("d".code); put(" ".code);
		putDecimal(requested);
		put(" ".code); put("b".code); put("y".code); put("t".code); put("e".code); put("s".code); put(")".code);
		put("\n".code);
		Host.write(2, msgBuf, msgLen);
		Host.exit(1);
	}

	// ---- setup and the wilderness -------------------------------------------------------------------------

	/** First call: takes the first region and carves the class table and the message buffer from it. */
	static function init():Void {
		inited = true;
		var p = Host.sbrk(CHUNK);
		if (p.isNull()) {
			outOfMemory(CHUNK);
			return;
		}
		var start = alignUp(p);
		var tableBytes = NUM_CLASSES * Ptr.size();
		classHeads = start;
		// sbrk memory is fresh on wasm but need not be zero on every platform.
		Ptr.fill(classHeads, 0, tableBytes);
		msgBuf = start.add(tableBytes);
		wildTop = msgBuf.add(MSG_BYTES);
		wildEnd = p.add(CHUNK);
		dirtyTop = wildTop;
		largeHead = Ptr.nil();
	}

	/** `p` rounded up to a multiple of 8 (addr() keeps the low bits right even where it wraps). */
	static function alignUp(p:Ptr):Ptr {
		return p.add((8 - (p.addr() & 7)) & 7);
	}

	/** `n` rounded up to whole sbrk units. n <= MAX_REQUEST + 16, so this cannot overflow. */
	static function roundChunk(n:Int):Int {
		if (n <= 0) return CHUNK;
		return ((n + CHUNK - 1) >> 16) << 16;
	}

	/** Takes `n` bytes (a multiple of 8) off the wilderness, growing it first when it is too small. */
	static function carve(n:Int, requested:Int):Ptr {
		if (wildEnd.diff(wildTop) < n) grow(n, requested);
		var p = wildTop;
		wildTop = wildTop.add(n);
		if (p.diff(dirtyTop) < 0) clear(p, (wildTop.diff(dirtyTop) < 0 ? wildTop : dirtyTop).diff(p));
		if (wildTop.diff(dirtyTop) > 0) dirtyTop = wildTop;
		return p;
	}

	/** Makes the wilderness at least `n` bytes long with Host.sbrk; out of memory when sbrk says nil. */
	static function grow(n:Int, requested:Int):Void {
		var avail = wildEnd.diff(wildTop);
		// Enough if the new region continues the wilderness, the usual case of a single heap user.
		var bytes = roundChunk(n - avail);
		var p = Host.sbrk(bytes);
		if (p.isNull()) {
			outOfMemory(requested);
			return;
		}
		if (p.diff(wildEnd) == 0) {
			wildEnd = wildEnd.add(bytes);
			return;
		}
		// A separate region: what is left of the old wilderness becomes free blocks.
		retire(wildTop, avail);
		wildTop = alignUp(p);
		wildEnd = p.add(bytes);
		dirtyTop = wildTop;
		if (wildEnd.diff(wildTop) >= n) return;
		// That region alone is too small; ask for one that is large enough by itself (+8 for alignment),
		// which may still turn out to continue the one just taken.
		avail = wildEnd.diff(wildTop);
		bytes = roundChunk(n + 8);
		p = Host.sbrk(bytes);
		if (p.isNull()) {
			outOfMemory(requested);
			return;
		}
		if (p.diff(wildEnd) == 0) {
			wildEnd = wildEnd.add(bytes);
			return;
		}
		retire(wildTop, avail);
		wildTop = alignUp(p);
		wildEnd = p.add(bytes);
		dirtyTop = wildTop;
	}

	/** Hands a region that will never be carved (8-aligned start) to the free lists. */
	static function retire(p:Ptr, bytes:Int):Void {
		var n = bytes & ~7;
		if (n > SMALL_MAX) {
			freeLarge(p, n);
			return;
		}
		// Small leftovers are cut into the biggest class blocks that fit; the 8-byte class ends it exactly.
		while (n >= 8) {
			var c = classOf(n);
			if (classSize(c) > n) c--;
			var s = classSize(c);
			pushSmall(c, p);
			p = p.add(s);
			n -= s;
		}
	}

	// ---- sizes ----------------------------------------------------------------------------------------------

	/** The size class of a small size (0 and negative sizes use the 8-byte class). */
	static function classOf(size:Int):Int {
		if (size <= 8) return 0;
		if (size <= 128) return ((size + 7) >> 3) - 1;
		// Group g covers (128 << g, 256 << g] in 4 steps of (32 << g) = 1 << (5 + g).
		var g = 0;
		while (size > (256 << g)) g++;
		var shift = 5 + g;
		return 16 + (g << 2) + ((size - (128 << g) + (1 << shift) - 1) >> shift) - 1;
	}

	/** The block size of class `c`. */
	static function classSize(c:Int):Int {
		if (c < 16) return (c + 1) << 3;
		var g = (c - 16) >> 2;
		var k = (c - 16) & 3;
		return (128 << g) + ((k + 1) << (5 + g));
	}

	/** Bytes really taken by a block requested with `size` (the invariant free relies on). */
	static function blockSize(size:Int):Int {
		if (size <= SMALL_MAX) return classSize(classOf(size));
		return (size + 7) & ~7;
	}

	// ---- blocks ---------------------------------------------------------------------------------------------

	/** A block for `size` (0 <= size <= MAX_REQUEST), without touching the counters. */
	static function allocBlock(size:Int):Ptr {
		if (size <= SMALL_MAX) return allocSmall(classOf(size), size);
		return allocLarge(blockSize(size), size);
	}

	/** Gives back a block allocated with `size`, without touching the counters. */
	static function releaseBlock(p:Ptr, size:Int):Void {
		if (size <= SMALL_MAX) pushSmall(classOf(size), p);
		else freeLarge(p, blockSize(size));
	}

	static function allocSmall(c:Int, requested:Int):Ptr {
		var slot = classHeads.add(c * Ptr.size());
		var head = slot.getPtr(0);
		if (!head.isNull()) {
			slot.setPtr(0, head.getPtr(0));
			clear(head, requested);
			return head;
		}
		return carve(classSize(c), requested);
	}

	static function pushSmall(c:Int, p:Ptr):Void {
		var slot = classHeads.add(c * Ptr.size());
		p.setPtr(0, slot.getPtr(0));
		slot.setPtr(0, p);
	}

	/** First fit in the large list (`n` a multiple of 8 > SMALL_MAX), else the wilderness. */
	static function allocLarge(n:Int, requested:Int):Ptr {
		var ps = Ptr.size();
		var prev = Ptr.nil();
		var b = largeHead;
		while (!b.isNull()) {
			var s = b.getI32(ps);
			if (s >= n) {
				var next = b.getPtr(0);
				var rest = s - n;
				if (rest >= MIN_LARGE_NODE) {
					// The tail stays in the list at the same place in address order.
					var r = b.add(n);
					r.setPtr(0, next);
					r.setI32(ps, rest);
					link(prev, r);
				} else {
					link(prev, next);
					// Sizes are multiples of 8, so a tail too small for a node is exactly one 8-byte block.
					if (rest == 8) pushSmall(0, b.add(n));
				}
				clear(b, requested);
				return b;
			}
			prev = b;
			b = b.getPtr(0);
		}
		return carve(n, requested);
	}

	/** Whether the large list has a block of at least `n` bytes. */
	static function hasLargeFit(n:Int):Bool {
		var ps = Ptr.size();
		var b = largeHead;
		while (!b.isNull()) {
			if (b.getI32(ps) >= n) return true;
			b = b.getPtr(0);
		}
		return false;
	}

	/** Points `prev`'s next (or the list head when prev is nil) at `x`. */
	static function link(prev:Ptr, x:Ptr):Void {
		if (prev.isNull()) largeHead = x;
		else prev.setPtr(0, x);
	}

	/** Inserts the free region [p, p+n) (n >= 8, multiple of 8) in address order, merging with its neighbours. */
	static function freeLarge(p:Ptr, n:Int):Void {
		if (n < MIN_LARGE_NODE) {
			pushSmall(0, p);
			return;
		}
		var ps = Ptr.size();
		var before = Ptr.nil(); // the node before prev, to unlink prev if it ends up merged into the wilderness
		var prev = Ptr.nil();
		var cur = largeHead;
		while (!cur.isNull() && cur.diff(p) < 0) {
			before = prev;
			prev = cur;
			cur = cur.getPtr(0);
		}
		var size = n;
		var next = cur;
		if (!cur.isNull() && p.add(n).diff(cur) == 0) {
			size += cur.getI32(ps);
			next = cur.getPtr(0);
		}
		var block = p;
		var blockPrev = prev;
		if (!prev.isNull() && prev.add(prev.getI32(ps)).diff(p) == 0) {
			block = prev;
			blockPrev = before;
			size += prev.getI32(ps);
		}
		block.setPtr(0, next);
		block.setI32(ps, size);
		link(blockPrev, block);
		// Memory freed just below the wilderness rejoins it, so a freed large block at the top does not
		// split future carving.
		if (block.add(size).diff(wildTop) == 0) {
			link(blockPrev, next);
			wildTop = block;
		}
	}

	/** realloc of a non-nil block: in place when the block size allows it, else allocate, copy, release. */
	static function resize(p:Ptr, oldSize:Int, newSize:Int):Ptr {
		var oldBlock = blockSize(oldSize);
		var newBlock = blockSize(newSize);
		if (oldBlock == newBlock) return p;
		if (oldSize > SMALL_MAX && newSize > SMALL_MAX) {
			if (newBlock < oldBlock) {
				// Shrink in place: the tail becomes free (it may merge with a free neighbour or the wilderness).
				freeLarge(p.add(newBlock), oldBlock - newBlock);
				return p;
			}
			var extra = newBlock - oldBlock;
			if (p.add(oldBlock).diff(wildTop) == 0) {
				// The block ends at the wilderness: grow into it (a Vec doubling at the top never copies).
				// Growing the heap is only worth it when no free block could take the data instead.
				if (wildEnd.diff(wildTop) < extra && !hasLargeFit(newBlock)) grow(extra, newSize);
				if (p.add(oldBlock).diff(wildTop) == 0 && wildEnd.diff(wildTop) >= extra) {
					wildTop = wildTop.add(extra);
					// realloc clears the grown tail itself; memory above dirtyTop must stay untouched.
					if (wildTop.diff(dirtyTop) > 0) dirtyTop = wildTop;
					return p;
				}
			}
		}
		var q = allocBlock(newSize);
		Ptr.copy(q, p, oldSize < newSize ? oldSize : newSize);
		releaseBlock(p, oldSize);
		return q;
	}

	/** Zeroes `n` bytes at `p`: word stores for the small objects most allocations are (cheaper than a
	 * memset call there), a fill beyond. */
	static function clear(p:Ptr, n:Int):Void {
		if (n > 64) {
			Ptr.fill(p, 0, n);
			return;
		}
		var i = 0;
		while (i + 4 <= n) {
			p.setI32(i, 0);
			i += 4;
		}
		while (i < n) {
			p.setU8(i, 0);
			i++;
		}
	}

	// ---- counters and the fatal message ---------------------------------------------------------------------

	static function addLive(delta:Int):Void {
		liveBytes += delta;
		if (liveBytes > peakBytes) peakBytes = liveBytes;
	}

	static function put(c:Int):Void {
		msgBuf.setU8(msgLen, c);
		msgLen++;
	}

	/** Decimal digits of `n` into the message, without division: each digit is counted by subtraction. */
	static function putDecimal(n:Int):Void {
		// Work on the non-positive value so that the most negative Int needs no special case.
		var m = n;
		if (n < 0) put("-".code);
		else m = -n;
		var started = false;
		var k = 9;
		while (k >= 0) {
			var p = 1;
			var i = 0;
			while (i < k) {
				p *= 10;
				i++;
			}
			var d = 0;
			while (m <= -p) {
				m += p;
				d++;
			}
			if (d > 0 || started || k == 0) {
				put("0".code + d);
				started = true;
			}
			k--;
		}
	}
}
