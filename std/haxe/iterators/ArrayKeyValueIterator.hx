// haxe.iterators.ArrayKeyValueIterator: what Array.keyValueIterator() returns (index => element).
// Real Haxe: the whole class.

package haxe.iterators;

class ArrayKeyValueIterator<T> {
	var current:Int = 0;
	var array:Array<T>;

	public inline function new(array:Array<T>) {
		this.array = array;
	}

	public inline function hasNext():Bool {
		return current < array.length;
	}

	public inline function next():{key:Int, value:T} {
		var i = current++;
		return {key: i, value: array[i]};
	}
}
