// haxe.iterators.RestKeyValueIterator: iterates over (index, argument) pairs of a haxe.Rest.
// Real Haxe: the whole class (the Rest's storage is an Array).

package haxe.iterators;

class RestKeyValueIterator<T> {
	final args:Array<T>;
	var current:Int = 0;

	@:allow(haxe.Rest)
	inline function new(args:Array<T>) {
		this.args = args;
	}

	public inline function hasNext():Bool {
		return current < args.length;
	}

	public inline function next():{key:Int, value:T} {
		var i = current++;
		return {key: i, value: args[i]};
	}
}
