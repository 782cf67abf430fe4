// haxe.ds.IntMap: a hash map with Int keys (what Map<Int, V> becomes).
// Takes: Int keys and values of type T. Gives: the IMap API; keys(), iterator(), keyValueIterator()
// and toString() visit the bindings in the order haxe --interp does.
// That order is observable, so this map is the same hash table as haxe --interp's (an OCaml
// Hashtbl): buckets of chained nodes, 16 buckets to start, doubled (keeping each chain's order)
// when the count exceeds twice the bucket count, never shrunk (clear keeps the buckets), a new key
// put at the head of its chain, the bucket of key k given by OCaml's Hashtbl.hash of k (MurmurHash3
// mixing of the tagged integer 2k+1). Iteration is the reverse of walking buckets 0..n-1 and each
// chain from head to tail: bucket n-1 first, each chain from its oldest node.
// Invariant: node i is live iff it is reachable from a bucket; free nodes are chained through
// `next` from `free`. Node links are indices plus one (0 ends a chain).

package haxe.ds;

class IntMap<T> implements haxe.Constraints.IMap<Int, T> {
	var buckets:Array<Int>;
	var nodeKeys:Array<Int>;
	var nodeValues:Array<T>;
	var nodeNext:Array<Int>;
	var free:Int;
	var size:Int;

	/** An empty map. */
	public function new():Void {
		buckets = new Array<Int>();
		nodeKeys = new Array<Int>();
		nodeValues = new Array<T>();
		nodeNext = new Array<Int>();
		free = 0;
		size = 0;
		fillZero(buckets, 16);
	}

	/** Binds `key` to `value`, replacing any earlier binding (which keeps its place in the order). */
	public function set(key:Int, value:T):Void {
		var b = bucketOf(key, buckets.length);
		var n = buckets[b];
		while (n != 0) {
			if (nodeKeys[n - 1] == key) {
				nodeValues[n - 1] = value;
				return;
			}
			n = nodeNext[n - 1];
		}
		var node = newNode(key, value);
		nodeNext[node - 1] = buckets[b];
		buckets[b] = node;
		size++;
		if (size > 2 * buckets.length)
			grow();
	}

	/** The value bound to `key`, or null. */
	public function get(key:Int):Null<T> {
		var n = find(key);
		return n == 0 ? null : nodeValues[n - 1];
	}

	/** Whether `key` is bound. */
	public function exists(key:Int):Bool {
		return find(key) != 0;
	}

	/** Unbinds `key`; tells whether it was bound. */
	public function remove(key:Int):Bool {
		var b = bucketOf(key, buckets.length);
		var prev = 0;
		var n = buckets[b];
		while (n != 0) {
			if (nodeKeys[n - 1] == key) {
				var next = nodeNext[n - 1];
				if (prev == 0)
					buckets[b] = next;
				else
					nodeNext[prev - 1] = next;
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

	/** The keys, in haxe --interp's order (a snapshot: later changes do not show). */
	public function keys():Iterator<Int> {
		var out = new Array<Int>();
		var order = walk();
		for (n in order)
			out.push(nodeKeys[n - 1]);
		return out.iterator();
	}

	/** The values, in the order of keys(). */
	public function iterator():Iterator<T> {
		var out = new Array<T>();
		var order = walk();
		for (n in order)
			out.push(nodeValues[n - 1]);
		return out.iterator();
	}

	/** The (key, value) pairs, in the order of keys(). */
	public function keyValueIterator():KeyValueIterator<Int, T> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	/** A copy with the same table layout, hence the same order. */
	public function copy():IntMap<T> {
		var other = new IntMap<T>();
		other.buckets = buckets.copy();
		other.nodeKeys = nodeKeys.copy();
		other.nodeValues = nodeValues.copy();
		other.nodeNext = nodeNext.copy();
		other.free = free;
		other.size = size;
		return other;
	}

	/** `{k1 => v1,k2 => v2}` in the order of keys(). */
	public function toString():String {
		var out = new StringBuf();
		out.addChar("{".code);
		var first = true;
		for (n in walk()) {
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

	/** Removes every binding (the bucket count stays, as OCaml's Hashtbl.clear keeps it). */
	public function clear():Void {
		fillZero(buckets, buckets.length);
		nodeKeys.resize(0);
		nodeValues.resize(0);
		nodeNext.resize(0);
		free = 0;
		size = 0;
	}

	// --- private helpers ---

	// the live nodes in iteration order: the reverse of buckets 0..n-1, each chain head to tail
	function walk():Array<Int> {
		var order = new Array<Int>();
		for (b in 0...buckets.length) {
			var n = buckets[b];
			while (n != 0) {
				order.push(n);
				n = nodeNext[n - 1];
			}
		}
		order.reverse();
		return order;
	}

	function find(key:Int):Int {
		var n = buckets[bucketOf(key, buckets.length)];
		while (n != 0) {
			if (nodeKeys[n - 1] == key)
				return n;
			n = nodeNext[n - 1];
		}
		return 0;
	}

	// a node holding key and value (reusing a freed one when there is one); gives its link
	function newNode(key:Int, value:T):Int {
		if (free != 0) {
			var n = free;
			free = nodeNext[n - 1];
			nodeKeys[n - 1] = key;
			nodeValues[n - 1] = value;
			return n;
		}
		nodeKeys.push(key);
		nodeValues.push(value);
		nodeNext.push(0);
		return nodeKeys.length;
	}

	// twice the buckets; each chain is split keeping its order (appended at the new chains' tails)
	function grow():Void {
		var count = buckets.length * 2;
		var fresh = new Array<Int>();
		var tails = new Array<Int>();
		fillZero(fresh, count);
		fillZero(tails, count);
		for (b in 0...buckets.length) {
			var n = buckets[b];
			while (n != 0) {
				var next = nodeNext[n - 1];
				var nb = bucketOf(nodeKeys[n - 1], count);
				if (tails[nb] == 0)
					fresh[nb] = n;
				else
					nodeNext[tails[nb] - 1] = n;
				tails[nb] = n;
				nodeNext[n - 1] = 0;
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

	// OCaml's Hashtbl.hash of the int `key`: MurmurHash3's mix of the tagged value 2k+1 into seed 0,
	// then its finaliser, kept to 30 bits; the bucket is its low bits
	static function bucketOf(key:Int, count:Int):Int {
		var d = (key << 1) | 1;
		d *= 0xCC9E2D51;
		d = (d << 15) | (d >>> 17);
		d *= 0x1B873593;
		var h = (d << 13) | (d >>> 19);
		h = h * 5 + 0xE6546B64;
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		h ^= h >>> 16;
		return h & 0x3FFFFFFF & (count - 1);
	}
}
