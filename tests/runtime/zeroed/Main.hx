// Runtime test (i): blocks come back zeroed. rayzor_malloc's first `size` bytes and the tail that
// rayzor_realloc adds read as 0 even when the memory was used and freed before: small blocks from a
// size-class free list, large blocks from the large free list, a large block freed at the top of the
// heap (it merges back into the wilderness and is carved again), and realloc growing within one block
// after a shrink. The lowering relies on this for fields a constructor leaves unset.
// Takes: nothing. Gives: stdout compared with expected.txt (booleans only: no layout facts).
// Only `while` loops, so nothing but the blocks under test is allocated between a free and the reuse.

import rayzor.Ptr;

class Main {
	static function dirty(p:Ptr, n:Int):Void {
		Ptr.fill(p, 0xA5, n);
	}

	static function allZero(p:Ptr, from:Int, to:Int):Bool {
		var k = from;
		while (k < to) {
			if (p.getU8(k) != 0) return false;
			k++;
		}
		return true;
	}

	/** Allocates n bytes, dirties and frees them, allocates n again: is the new block all zero? */
	static function reusedZero(n:Int):Bool {
		var a = Ptr.alloc(n);
		dirty(a, n);
		Ptr.free(a, n);
		var b = Ptr.alloc(n);
		var ok = allZero(b, 0, n);
		Ptr.free(b, n);
		return ok;
	}

	static function main() {
		Sys.println("fresh 100: " + allZero(Ptr.alloc(100), 0, 100));
		Sys.println("small 24 reused: " + reusedZero(24));
		Sys.println("small 13 reused: " + reusedZero(13));
		Sys.println("small 2000 reused: " + reusedZero(2000));

		// a large block in the middle of the heap goes to the large free list
		var x = Ptr.alloc(9000);
		var guard = Ptr.alloc(64);
		dirty(x, 9000);
		Ptr.free(x, 9000);
		var y = Ptr.alloc(8000);
		Sys.println("large from free list: " + allZero(y, 0, 8000));

		// a large block at the top merges back into the wilderness; carving it again must clear it
		var top = Ptr.alloc(20000);
		dirty(top, 20000);
		Ptr.free(top, 20000);
		var smalls = true;
		var i = 0;
		while (i < 50) {
			var s = Ptr.alloc(40);
			if (!allZero(s, 0, 40)) smalls = false;
			i++;
		}
		Sys.println("wilderness carved again: " + smalls);

		// realloc: shrink within the same class, then grow back: the regained bytes are zero
		var r = Ptr.alloc(60);
		dirty(r, 60);
		r = Ptr.realloc(r, 60, 50);
		r = Ptr.realloc(r, 50, 60);
		Sys.println("realloc tail in place: " + allZero(r, 50, 60));
		// growth that moves the block
		var m = Ptr.alloc(16);
		dirty(m, 16);
		m = Ptr.realloc(m, 16, 3000);
		Sys.println("realloc moved tail: " + (allZero(m, 16, 3000) && m.getU8(15) == 0xA5));
		// a large block growing in place into the wilderness after the wilderness was dirtied
		var big = Ptr.alloc(30000);
		dirty(big, 30000);
		Ptr.free(big, 30000);
		var g = Ptr.alloc(4000);
		g = Ptr.realloc(g, 4000, 25000);
		Sys.println("large grown in place: " + allZero(g, 0, 25000));
		Ptr.free(guard, 64);
	}
}
