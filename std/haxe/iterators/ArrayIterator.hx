// haxe.iterators.ArrayIterator: what Array.iterator() returns.
// Real Haxe: the whole class.

package haxe.iterators;

class ArrayIterator<T> {
	final array:Array<T>;
	var current:Int = 0;

	public inline function new(array:Array<T>) {
		this.array = array;
	}

	public inline function hasNext():Bool {
		return current < array.length;
	}

	public inline function next():T {
		return array[current++];
	}
}
