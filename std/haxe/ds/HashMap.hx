// haxe.ds.HashMap: a map whose keys are objects compared by their `hashCode()` (two keys with the
// same hash code are the same key). API as in Haxe 4.2.5.
// Real Haxe: the whole module, over two IntMaps indexed by hash code (the last key stored for a
// hash code, and its value), so iteration follows IntMap's order of the hash codes.

package haxe.ds;

import haxe.iterators.HashMapKeyValueIterator;

abstract HashMap<K:{function hashCode():Int;}, V>(HashMapData<K, V>) {
	public inline function new() {
		this = new HashMapData<K, V>();
	}

	/** Stores `v` under `k` (replacing a key with the same hash code); also `m[k] = v`. */
	@:arrayAccess public inline function set(k:K, v:V):Void {
		var h = k.hashCode();
		this.keys.set(h, k);
		this.values.set(h, v);
	}

	/** The value stored under `k`'s hash code, or null; also `m[k]`. */
	@:arrayAccess public inline function get(k:K):Null<V> {
		return this.values.get(k.hashCode());
	}

	public inline function exists(k:K):Bool {
		return this.values.exists(k.hashCode());
	}

	/** Removes `k`; whether it was there. */
	public inline function remove(k:K):Bool {
		var h = k.hashCode();
		this.values.remove(h);
		return this.keys.remove(h);
	}

	public inline function keys():Iterator<K> {
		return this.keys.iterator();
	}

	public inline function iterator():Iterator<V> {
		return this.values.iterator();
	}

	public inline function keyValueIterator():HashMapKeyValueIterator<K, V> {
		return new HashMapKeyValueIterator<K, V>(cast this);
	}

	/** A shallow copy (the keys and values themselves are shared). */
	public function copy():HashMap<K, V> {
		var c = new HashMapData<K, V>();
		c.keys = this.keys.copy();
		c.values = this.values.copy();
		return cast c;
	}

	public inline function clear():Void {
		this.keys.clear();
		this.values.clear();
	}
}

private class HashMapData<K:{function hashCode():Int;}, V> {
	public var keys:IntMap<K>;
	public var values:IntMap<V>;

	public inline function new() {
		keys = new IntMap();
		values = new IntMap();
	}
}
