// haxe.ds.ReadOnlyArray: a view of an Array that offers only the non-mutating operations.
// Real Haxe: the whole abstract (forwards to Array; nothing is provided by the runtime).

package haxe.ds;

@:forward(copy, filter, indexOf, iterator, keyValueIterator, join, lastIndexOf, map, slice, contains, toString)
abstract ReadOnlyArray<T>(Array<T>) from Array<T> to Iterable<T> {
	/** Number of elements. */
	public var length(get, never):Int;

	inline function get_length():Int {
		return this.length;
	}

	@:arrayAccess inline function get(i:Int):T {
		return this[i];
	}

	/** A new Array: these elements followed by those of `a`. */
	public inline function concat(a:ReadOnlyArray<T>):Array<T> {
		return this.concat(cast a);
	}
}
