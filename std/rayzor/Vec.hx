// rayzor.Vec<T>: the seed's growable vector (pointer, length, capacity) on the runtime allocator,
// with elements stored unboxed.
// Extern: the runtime issue implements the whole class on rayzor_malloc / rayzor_realloc /
// rayzor_free (growth by realloc; free() returns the storage with its size); no Haxe bodies.

package rayzor;

extern class Vec<T> {
	/** Number of elements. */
	var length(default, null):Int;

	/** Number of elements the current storage holds before it must grow. */
	var capacity(default, null):Int;

	/** An empty vector (no storage allocated yet). */
	function new():Void;

	/** Appends `v`, growing the storage when full. */
	function push(v:T):Void;

	/** Removes and returns the last element; null when empty. */
	function pop():Null<T>;

	/** The element at `i` (0 <= i < length). */
	function get(i:Int):T;

	/** Replaces the element at `i` (0 <= i < length). */
	function set(i:Int, v:T):Void;

	/** Sets the length to 0 and keeps the storage. */
	function clear():Void;

	/** Releases the storage; the vector is empty afterwards. */
	function free():Void;
}
