// rayzor.Vec<T>: the seed's growable vector (pointer, length, capacity) on the runtime allocator,
// with elements stored unboxed.
// Takes: rayzor_malloc / rayzor_realloc / rayzor_free through the Ptr intrinsics. Gives: push/pop/get/set
// over a contiguous buffer of `capacity` elements of `elemSize` bytes each.
// Invariants: the buffer is nil exactly when capacity is 0, and otherwise was allocated with
// capacity * elemSize bytes, which is the size handed back to realloc and free (sized free). Generics
// are monomorphized by the lowering, so in each instantiation `Ptr.get/set` at type T use T's own
// storage (4 bytes for Int/Bool, 8 for Float, a pointer for objects) and elemSize matches it.
// get/set do not check bounds (the caller guarantees 0 <= i < length).

package rayzor;

class Vec<T> {
	/** Number of elements. */
	public var length(default, null):Int;

	/** Number of elements the current storage holds before it must grow. */
	public var capacity(default, null):Int;

	/** The element storage; nil while capacity is 0. */
	var data:Ptr;

	/** Bytes per element, the storage size of T. */
	var elemSize:Int;

	/** An empty vector (no storage allocated yet). */
	public function new() {
		length = 0;
		capacity = 0;
		data = Ptr.nil();
		// sizeOf looks only at the static type of its argument, which is not evaluated.
		elemSize = Ptr.sizeOf((cast null : T));
	}

	/** Appends `v`, growing the storage when full. */
	public function push(v:T):Void {
		if (length == capacity) grow();
		data.set(length * elemSize, v);
		length++;
	}

	/** Removes and returns the last element; null when empty. */
	public function pop():Null<T> {
		if (length == 0) return null;
		length--;
		// Load at type T (not Null<T>) so that the element's unboxed storage is read, then widen.
		var v:T = data.get(length * elemSize);
		return v;
	}

	/** The element at `i` (0 <= i < length). */
	public function get(i:Int):T {
		return data.get(i * elemSize);
	}

	/** Replaces the element at `i` (0 <= i < length). */
	public function set(i:Int, v:T):Void {
		data.set(i * elemSize, v);
	}

	/** Sets the length to 0 and keeps the storage. */
	public function clear():Void {
		length = 0;
	}

	/** Releases the storage; the vector is empty afterwards (and can be used again). */
	public function free():Void {
		Ptr.free(data, capacity * elemSize);
		data = Ptr.nil();
		length = 0;
		capacity = 0;
	}

	/** Doubles the capacity (4 at least); realloc of nil is malloc, so the first growth needs no special case. */
	function grow():Void {
		var newCapacity = capacity == 0 ? 4 : capacity * 2;
		data = Ptr.realloc(data, capacity * elemSize, newCapacity * elemSize);
		capacity = newCapacity;
	}
}
