// haxe.iterators.MapKeyValueIterator: iterates over (key, value) pairs of any IMap by walking its
// keys and looking each one up. Real Haxe: the whole class.

package haxe.iterators;

import haxe.Constraints.IMap;

class MapKeyValueIterator<K, V> {
	var map:IMap<K, V>;
	var keys:Iterator<K>;

	public inline function new(map:IMap<K, V>) {
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
