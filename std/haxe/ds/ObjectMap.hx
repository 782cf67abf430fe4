// haxe.ds.ObjectMap: a map keyed by object identity (what Map<K, V> becomes for class instances and
// other objects).
// Takes: object keys (two keys are the same only if they are the same object) and values of type V.
// Gives: the IMap API. Order: haxe --interp keeps these maps in a hash table whose hash is constant,
// so they list their keys in insertion order (a rebinding keeps the key's place; removing and
// binding again moves it to the end); keys(), iterator(), keyValueIterator() and toString() follow
// that order here too.
// Lookups hash the key's address (rayzor.Ptr), so the map is O(1) where haxe --interp's is O(n).
// Invariant: live nodes are reachable from a bucket and lie on the order list (`first`/`last`,
// `orderNext`/`orderPrev`) in insertion order; free nodes are chained through `nodeNext` from `free`;
// links are indices plus one (0 ends a chain); the bucket count is a power of two, at least the
// number of bindings.

package haxe.ds;

import rayzor.Ptr;

class ObjectMap<K:{}, V> implements haxe.Constraints.IMap<K, V> {
	var buckets:Array<Int>;
	var nodeKeys:Array<K>;
	var nodeValues:Array<V>;
	var nodeHash:Array<Int>;
	var nodeNext:Array<Int>;
	var orderNext:Array<Int>;
	var orderPrev:Array<Int>;
	var first:Int;
	var last:Int;
	var free:Int;
	var size:Int;

	/** An empty map. */
	public function new():Void {
		buckets = new Array<Int>();
		nodeKeys = new Array<K>();
		nodeValues = new Array<V>();
		nodeHash = new Array<Int>();
		nodeNext = new Array<Int>();
		orderNext = new Array<Int>();
		orderPrev = new Array<Int>();
		first = 0;
		last = 0;
		free = 0;
		size = 0;
		fillZero(buckets, 16);
	}

	/** Binds `key` to `value`; a key already bound keeps its place in the order. */
	public function set(key:K, value:V):Void {
		var h = hashOf(key);
		var b = h & (buckets.length - 1);
		var n = buckets[b];
		while (n != 0) {
			if (nodeKeys[n - 1] == key) {
				nodeValues[n - 1] = value;
				return;
			}
			n = nodeNext[n - 1];
		}
		var node:Int;
		if (free != 0) {
			node = free;
			free = nodeNext[node - 1];
			nodeKeys[node - 1] = key;
			nodeValues[node - 1] = value;
			nodeHash[node - 1] = h;
		} else {
			nodeKeys.push(key);
			nodeValues.push(value);
			nodeHash.push(h);
			nodeNext.push(0);
			orderNext.push(0);
			orderPrev.push(0);
			node = nodeKeys.length;
		}
		nodeNext[node - 1] = buckets[b];
		buckets[b] = node;
		// append to the order list
		orderPrev[node - 1] = last;
		orderNext[node - 1] = 0;
		if (last == 0)
			first = node;
		else
			orderNext[last - 1] = node;
		last = node;
		size++;
		if (size > buckets.length)
			grow();
	}

	/** The value bound to `key`, or null. */
	public function get(key:K):Null<V> {
		var n = find(key);
		return n == 0 ? null : nodeValues[n - 1];
	}

	/** Whether `key` is bound. */
	public function exists(key:K):Bool {
		return find(key) != 0;
	}

	/** Unbinds `key`; tells whether it was bound. */
	public function remove(key:K):Bool {
		var h = hashOf(key);
		var b = h & (buckets.length - 1);
		var prev = 0;
		var n = buckets[b];
		while (n != 0) {
			if (nodeKeys[n - 1] == key) {
				var next = nodeNext[n - 1];
				if (prev == 0)
					buckets[b] = next;
				else
					nodeNext[prev - 1] = next;
				// unlink from the order list
				var op = orderPrev[n - 1];
				var on = orderNext[n - 1];
				if (op == 0)
					first = on;
				else
					orderNext[op - 1] = on;
				if (on == 0)
					last = op;
				else
					orderPrev[on - 1] = op;
				nodeKeys[n - 1] = null; // drop the key for the collector
				nodeNext[n - 1] = free; // onto the free list (its stale value is overwritten on reuse)
				free = n;
				size--;
				return true;
			}
			prev = n;
			n = nodeNext[n - 1];
		}
		return false;
	}

	/** The keys in insertion order (a snapshot: later changes do not show). */
	public function keys():Iterator<K> {
		var out = new Array<K>();
		var n = first;
		while (n != 0) {
			out.push(nodeKeys[n - 1]);
			n = orderNext[n - 1];
		}
		return out.iterator();
	}

	/** The values, in the order of keys(). */
	public function iterator():Iterator<V> {
		var out = new Array<V>();
		var n = first;
		while (n != 0) {
			out.push(nodeValues[n - 1]);
			n = orderNext[n - 1];
		}
		return out.iterator();
	}

	/** The (key, value) pairs, in the order of keys(). */
	public function keyValueIterator():KeyValueIterator<K, V> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	/** A shallow copy (same keys, same order). */
	public function copy():ObjectMap<K, V> {
		var other = new ObjectMap<K, V>();
		other.buckets = buckets.copy();
		other.nodeKeys = nodeKeys.copy();
		other.nodeValues = nodeValues.copy();
		other.nodeHash = nodeHash.copy();
		other.nodeNext = nodeNext.copy();
		other.orderNext = orderNext.copy();
		other.orderPrev = orderPrev.copy();
		other.first = first;
		other.last = last;
		other.free = free;
		other.size = size;
		return other;
	}

	/** `{k1 => v1,k2 => v2}` in the order of keys(), both with Std.string. */
	public function toString():String {
		var out = new StringBuf();
		out.addChar("{".code);
		var n = first;
		while (n != 0) {
			if (n != first)
				out.addChar(",".code);
			out.add(nodeKeys[n - 1]);
			out.add(" => ");
			out.add(nodeValues[n - 1]);
			n = orderNext[n - 1];
		}
		out.addChar("}".code);
		return out.toString();
	}

	/** Removes every binding. */
	public function clear():Void {
		buckets = new Array<Int>();
		fillZero(buckets, 16);
		nodeKeys.resize(0);
		nodeValues.resize(0);
		nodeHash.resize(0);
		nodeNext.resize(0);
		orderNext.resize(0);
		orderPrev.resize(0);
		first = 0;
		last = 0;
		free = 0;
		size = 0;
	}

	// --- private helpers ---

	function find(key:K):Int {
		var n = buckets[hashOf(key) & (buckets.length - 1)];
		while (n != 0) {
			if (nodeKeys[n - 1] == key)
				return n;
			n = nodeNext[n - 1];
		}
		return 0;
	}

	// twice the buckets, every node rehashed from its cached hash (the order list is untouched)
	function grow():Void {
		var count = buckets.length * 2;
		var fresh = new Array<Int>();
		fillZero(fresh, count);
		for (b in 0...buckets.length) {
			var n = buckets[b];
			while (n != 0) {
				var next = nodeNext[n - 1];
				var nb = nodeHash[n - 1] & (count - 1);
				nodeNext[n - 1] = fresh[nb];
				fresh[nb] = n;
				n = next;
			}
		}
		buckets = fresh;
	}

	static function fillZero(a:Array<Int>, n:Int):Void {
		a.resize(n);
		for (i in 0...n)
			a[i] = 0;
	}

	// the key's address, mixed (objects are 8-aligned, so the low bits carry nothing)
	static function hashOf<K>(key:K):Int {
		var h = Ptr.ofObject(key).addr() >>> 3;
		h = (h ^ (h >>> 16)) * 0x85EBCA6B;
		h = (h ^ (h >>> 13)) * 0xC2B2AE35;
		return h ^ (h >>> 16);
	}
}
