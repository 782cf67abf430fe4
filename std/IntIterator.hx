// IntIterator: counts from min up to, not including, max; what `min...max` creates.
// Real Haxe: the whole class.

class IntIterator {
	var min:Int;
	var max:Int;

	/** Iterates over min, min + 1, ..., max - 1 (nothing when min >= max). */
	public inline function new(min:Int, max:Int) {
		this.min = min;
		this.max = max;
	}

	public inline function hasNext():Bool {
		return min < max;
	}

	public inline function next():Int {
		return min++;
	}
}
