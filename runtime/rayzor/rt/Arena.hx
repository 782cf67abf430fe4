// rayzor.rt.Arena: region allocation, rayzor_arena_create / rayzor_arena_alloc / rayzor_arena_destroy.
// Takes: blocks ("chunks") from Alloc.malloc. Gives: 8-aligned bump allocation inside an arena, and
// destruction of the whole arena at once (no per-allocation free).
// Layout (P = Ptr.size()):
//   arena record (3P bytes, from Alloc.malloc): +0 ptr newest chunk, +P ptr bump top, +2P ptr bump end
//   chunk: +0 ptr next (older) chunk, +P i32 total chunk size; data from +H, H = P + 4 rounded up to 8
// Invariants: every chunk's total size is recorded in the chunk itself, because Alloc's free is sized;
// chunk starts (Alloc blocks), H and every allocation size are multiples of 8, so the bump pointer
// stays 8-aligned. A request too big for a standard chunk gets a chunk of its own and leaves the bump
// chunk as it was. Memory statistics count the chunks and the record (they are Alloc blocks), not the
// individual arena allocations.

package rayzor.rt;

import rayzor.Ptr;

class Arena {
	/** Total size of a standard chunk, header included. */
	static inline var CHUNK = 16384;

	/** Same bound as Alloc's: larger requests are out of memory before rounding could overflow. */
	static inline var MAX_REQUEST = 0x7FF00000;

	/** A new, empty arena (no chunk is taken until the first allocation). */
	@:native("rayzor_arena_create")
	public static function create():Ptr {
		var ps = Ptr.size();
		var a = Alloc.malloc(3 * ps);
		a.setPtr(0, Ptr.nil());
		a.setPtr(ps, Ptr.nil());
		a.setPtr(2 * ps, Ptr.nil());
		return a;
	}

	/** `size` bytes inside `arena`, 8-aligned; size 0 still gives a distinct 8-byte slot, as malloc does. */
	@:native("rayzor_arena_alloc")
	public static function alloc(arena:Ptr, size:Int):Ptr {
		if (size < 0 || size > MAX_REQUEST) {
			Alloc.outOfMemory(size);
			return Ptr.nil();
		}
		var ps = Ptr.size();
		var n = size <= 8 ? 8 : (size + 7) & ~7;
		var top = arena.getPtr(ps);
		if (!top.isNull() && arena.getPtr(2 * ps).diff(top) >= n) {
			arena.setPtr(ps, top.add(n));
			return top;
		}
		var h = headerSize();
		if (n > CHUNK - h) {
			// Oversized: its own chunk. The current bump chunk keeps serving small requests.
			return newChunk(arena, h + n).add(h);
		}
		// The rest of the current chunk is abandoned; it is freed with the chunk at destroy.
		var c = newChunk(arena, CHUNK);
		arena.setPtr(ps, c.add(h + n));
		arena.setPtr(2 * ps, c.add(CHUNK));
		return c.add(h);
	}

	/** Frees every chunk of `arena` with its recorded size, then the record; nil is a no-op. */
	@:native("rayzor_arena_destroy")
	public static function destroy(arena:Ptr):Void {
		if (arena.isNull()) return;
		var ps = Ptr.size();
		var c = arena.getPtr(0);
		while (!c.isNull()) {
			// Read the link and size before free: Alloc threads its free lists through freed memory.
			var next = c.getPtr(0);
			Alloc.free(c, c.getI32(ps));
			c = next;
		}
		Alloc.free(arena, 3 * ps);
	}

	/** Bytes before a chunk's data: the next pointer and the size, rounded up to 8. */
	static function headerSize():Int {
		return (Ptr.size() + 4 + 7) & ~7;
	}

	/** A chunk of `total` bytes pushed on the arena's chunk list. */
	static function newChunk(arena:Ptr, total:Int):Ptr {
		var c = Alloc.malloc(total);
		c.setPtr(0, arena.getPtr(0));
		c.setI32(Ptr.size(), total);
		arena.setPtr(0, c);
		return c;
	}
}
