// haxe.iterators.HashMapKeyValueIterator: the (key, value) pairs of a haxe.ds.HashMap, in the order
// of its keys. Real Haxe: the whole class (API as in 4.2.5).

package haxe.iterators;

import haxe.ds.HashMap;

/** The (key, value) pairs of a HashMap, in the order of its keys. */
class HashMapKeyValueIterator<K:{function hashCode():Int;}, V> {
	var map:HashMap<K, V>;
	var keys:Iterator<K>;

	public inline function new(map:HashMap<K, V>) {
		this.map = map;
		this.keys = map.keys();
	}

	public inline function hasNext():Bool {
		return keys.hasNext();
	}

	public inline function next():{key:K, value:V} {
		var k = keys.next();
		return {key: k, value: map.get(k)};
	}
}
