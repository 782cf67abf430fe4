// haxe.ds.StringMap: a hash map with String keys (what Map<String, V> becomes).
// Takes: String keys (compared by contents) and values of type T. Gives: the IMap API.
// Order: haxe --interp keeps string maps in a balanced tree ordered by the keys' UTF-8 bytes and
// lists them from the largest key down; keys(), iterator(), keyValueIterator() and toString()
// give that order here too (descending code-point order, which is UTF-8 byte order), by sorting
// the keys when an iteration starts. Lookups use a hash table (String.__hash), so set/get/exists/
// remove stay O(1) and only iteration pays O(n log n).
// Invariant: node i is live iff it is reachable from a bucket; free nodes are chained through
// `nodeNext` from `free`; links are indices plus one (0 ends a chain); the bucket count is a power
// of two, at least the number of bindings.

package haxe.ds;

class StringMap<T> implements haxe.Constraints.IMap<String, T> {
	var buckets:Array<Int>;
	var nodeKeys:Array<String>;
	var nodeValues:Array<T>;
	var nodeHash:Array<Int>;
	var nodeNext:Array<Int>;
	var free:Int;
	var size:Int;

	/** An empty map. */
	public function new():Void {
		buckets = new Array<Int>();
		nodeKeys = new Array<String>();
		nodeValues = new Array<T>();
		nodeHash = new Array<Int>();
		nodeNext = new Array<Int>();
		free = 0;
		size = 0;
		fillZero(buckets, 16);
	}

	/** Binds `key` to `value`, replacing any earlier binding. */
	public function set(key:String, value:T):Void {
		var h = String.__hash(key);
		var b = h & (buckets.length - 1);
		var n = buckets[b];
		while (n != 0) {
			if (nodeHash[n - 1] == h && String.__eq(nodeKeys[n - 1], key)) {
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
			node = nodeKeys.length;
		}
		nodeNext[node - 1] = buckets[b];
		buckets[b] = node;
		size++;
		if (size > buckets.length)
			grow();
	}

	/** The value bound to `key`, or null. */
	public function get(key:String):Null<T> {
		var n = find(key);
		return n == 0 ? null : nodeValues[n - 1];
	}

	/** Whether `key` is bound. */
	public function exists(key:String):Bool {
		return find(key) != 0;
	}

	/** Unbinds `key`; tells whether it was bound. */
	public function remove(key:String):Bool {
		var h = String.__hash(key);
		var b = h & (buckets.length - 1);
		var prev = 0;
		var n = buckets[b];
		while (n != 0) {
			if (nodeHash[n - 1] == h && String.__eq(nodeKeys[n - 1], key)) {
				var next = nodeNext[n - 1];
				if (prev == 0)
					buckets[b] = next;
				else
					nodeNext[prev - 1] = next;
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

	/** The keys, largest first (a snapshot: later changes do not show). */
	public function keys():Iterator<String> {
		var out = new Array<String>();
		for (n in ordered())
			out.push(nodeKeys[n - 1]);
		return out.iterator();
	}

	/** The values, in the order of keys(). */
	public function iterator():Iterator<T> {
		var out = new Array<T>();
		for (n in ordered())
			out.push(nodeValues[n - 1]);
		return out.iterator();
	}

	/** The (key, value) pairs, in the order of keys(). */
	public function keyValueIterator():KeyValueIterator<String, T> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	/** A shallow copy. */
	public function copy():StringMap<T> {
		var other = new StringMap<T>();
		other.buckets = buckets.copy();
		other.nodeKeys = nodeKeys.copy();
		other.nodeValues = nodeValues.copy();
		other.nodeHash = nodeHash.copy();
		other.nodeNext = nodeNext.copy();
		other.free = free;
		other.size = size;
		return other;
	}

	/** `{k1 => v1,k2 => v2}` in the order of keys() (keys as they are, values with Std.string). */
	public function toString():String {
		var out = new StringBuf();
		out.addChar("{".code);
		var first = true;
		for (n in ordered()) {
			if (!first)
				out.addChar(",".code);
			first = false;
			out.add(nodeKeys[n - 1]);
			out.add(" => ");
			out.add(nodeValues[n - 1]);
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
		free = 0;
		size = 0;
	}

	// --- private helpers ---

	function find(key:String):Int {
		var h = String.__hash(key);
		var n = buckets[h & (buckets.length - 1)];
		while (n != 0) {
			if (nodeHash[n - 1] == h && String.__eq(nodeKeys[n - 1], key))
				return n;
			n = nodeNext[n - 1];
		}
		return 0;
	}

	// the live nodes, their keys in descending code-point order
	function ordered():Array<Int> {
		var order = new Array<Int>();
		for (b in 0...buckets.length) {
			var n = buckets[b];
			while (n != 0) {
				order.push(n);
				n = nodeNext[n - 1];
			}
		}
		order.sort((x, y) -> compareKeys(nodeKeys[y - 1], nodeKeys[x - 1]));
		return order;
	}

	// twice the buckets, every node rehashed from its cached hash
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

	// code-point order of two UTF-16 strings (= UTF-8 byte order): surrogates, which stand for code
	// points above 0xFFFF, must sort after the units 0xE000..0xFFFF
	static function compareKeys(a:String, b:String):Int {
		var n = a.length < b.length ? a.length : b.length;
		for (i in 0...n) {
			var x = a.__unit(i);
			var y = b.__unit(i);
			if (x != y) {
				if (x >= 0xD800)
					x += x >= 0xE000 ? -0x800 : 0x2000;
				if (y >= 0xD800)
					y += y >= 0xE000 ? -0x800 : 0x2000;
				return x - y;
			}
		}
		return a.length - b.length;
	}
}
