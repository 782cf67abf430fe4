// haxe.ds.BalancedTree: an ordered map as a persistent AVL tree (updates rebuild the path from the
// root, so copy() can share nodes). Keys are ordered by compare(), which subclasses override
// (EnumValueMap does).
// Takes: keys of any type (ordered by compare(), by default Reflect.compare) and values. Gives: the
// IMap API in key order, and toString as Haxe prints these trees: `{k1=v1, k2=v2}`.
// Plain Haxe, the whole module (BalancedTree and TreeNode).

package haxe.ds;

class BalancedTree<K, V> implements haxe.Constraints.IMap<K, V> {
	var root:TreeNode<K, V>;

	/** An empty tree. */
	public function new() {}

	/** Binds `key` to `value`, replacing any earlier binding. */
	public function set(key:K, value:V):Void {
		root = insertInto(root, key, value);
	}

	/** The value bound to `key`, or null. */
	public function get(key:K):Null<V> {
		var node = find(key);
		return node == null ? null : node.value;
	}

	/** Unbinds `key`; tells whether it was bound. */
	public function remove(key:K):Bool {
		if (find(key) == null)
			return false;
		root = removeFrom(root, key);
		return true;
	}

	/** Whether `key` is bound. */
	public function exists(key:K):Bool {
		return find(key) != null;
	}

	/** The values in key order. */
	public function iterator():Iterator<V> {
		var out = new Array<V>();
		collectValues(root, out);
		return out.iterator();
	}

	/** The (key, value) pairs in key order. */
	public function keyValueIterator():KeyValueIterator<K, V> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	/** The keys in order. */
	public function keys():Iterator<K> {
		var out = new Array<K>();
		collectKeys(root, out);
		return out.iterator();
	}

	/** A copy sharing this tree's (never mutated) nodes. */
	public function copy():BalancedTree<K, V> {
		var other = new BalancedTree<K, V>();
		other.root = root;
		return other;
	}

	/** `{k1=v1, k2=v2}` in key order. */
	public function toString():String {
		return root == null ? "{}" : "{" + root.toString() + "}";
	}

	/** Removes every binding. */
	public function clear():Void {
		root = null;
	}

	/** The key order: negative, zero or positive. */
	function compare(k1:K, k2:K):Int {
		return Reflect.compare(k1, k2);
	}

	// --- tree algorithms ---

	function find(key:K):TreeNode<K, V> {
		var node = root;
		while (node != null) {
			var c = compare(key, node.key);
			if (c == 0)
				return node;
			node = c < 0 ? node.left : node.right;
		}
		return null;
	}

	function insertInto(node:TreeNode<K, V>, key:K, value:V):TreeNode<K, V> {
		if (node == null)
			return new TreeNode(null, key, value, null);
		var c = compare(key, node.key);
		if (c == 0)
			return new TreeNode(node.left, key, value, node.right, node.height);
		if (c < 0)
			return rebalance(insertInto(node.left, key, value), node.key, node.value, node.right);
		return rebalance(node.left, node.key, node.value, insertInto(node.right, key, value));
	}

	function removeFrom(node:TreeNode<K, V>, key:K):TreeNode<K, V> {
		var c = compare(key, node.key);
		if (c < 0)
			return rebalance(removeFrom(node.left, key), node.key, node.value, node.right);
		if (c > 0)
			return rebalance(node.left, node.key, node.value, removeFrom(node.right, key));
		if (node.left == null)
			return node.right;
		if (node.right == null)
			return node.left;
		// replace by the smallest node of the right subtree
		var next = node.right;
		while (next.left != null)
			next = next.left;
		return rebalance(node.left, next.key, next.value, withoutMin(node.right));
	}

	function withoutMin(node:TreeNode<K, V>):TreeNode<K, V> {
		if (node.left == null)
			return node.right;
		return rebalance(withoutMin(node.left), node.key, node.value, node.right);
	}

	// a node over l and r, rotated when their heights differ by more than one
	function rebalance(l:TreeNode<K, V>, k:K, v:V, r:TreeNode<K, V>):TreeNode<K, V> {
		var hl = TreeNode.heightOf(l);
		var hr = TreeNode.heightOf(r);
		if (hl > hr + 1) {
			if (TreeNode.heightOf(l.left) >= TreeNode.heightOf(l.right))
				return new TreeNode(l.left, l.key, l.value, new TreeNode(l.right, k, v, r));
			var m = l.right;
			return new TreeNode(new TreeNode(l.left, l.key, l.value, m.left), m.key, m.value, new TreeNode(m.right, k, v, r));
		}
		if (hr > hl + 1) {
			if (TreeNode.heightOf(r.right) >= TreeNode.heightOf(r.left))
				return new TreeNode(new TreeNode(l, k, v, r.left), r.key, r.value, r.right);
			var m = r.left;
			return new TreeNode(new TreeNode(l, k, v, m.left), m.key, m.value, new TreeNode(m.right, r.key, r.value, r.right));
		}
		return new TreeNode(l, k, v, r);
	}

	static function collectValues<K, V>(node:TreeNode<K, V>, out:Array<V>):Void {
		while (node != null) {
			collectValues(node.left, out);
			out.push(node.value);
			node = node.right;
		}
	}

	static function collectKeys<K, V>(node:TreeNode<K, V>, out:Array<K>):Void {
		while (node != null) {
			collectKeys(node.left, out);
			out.push(node.key);
			node = node.right;
		}
	}
}

/** A node of a BalancedTree; never changed after construction. */
class TreeNode<K, V> {
	public var left:TreeNode<K, V>;
	public var right:TreeNode<K, V>;
	public var key:K;
	public var value:V;
	public var height(default, null):Int;

	/** A node; its height is computed from the children when `h` is -1. */
	public function new(l:TreeNode<K, V>, k:K, v:V, r:TreeNode<K, V>, h:Int = -1) {
		left = l;
		key = k;
		value = v;
		right = r;
		if (h == -1) {
			var hl = heightOf(l);
			var hr = heightOf(r);
			height = (hl > hr ? hl : hr) + 1;
		} else {
			height = h;
		}
	}

	/** The height of `node`; 0 for null. */
	public static inline function heightOf<K, V>(node:TreeNode<K, V>):Int {
		return node == null ? 0 : node.height;
	}

	public function toString():String {
		return (left == null ? "" : left.toString() + ", ") + Std.string(key) + "=" + Std.string(value)
			+ (right == null ? "" : ", " + right.toString());
	}
}
