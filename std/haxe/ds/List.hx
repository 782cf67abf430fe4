// haxe.ds.List: a singly linked list with O(1) add at both ends and O(1) removal at the front.
// Real Haxe: the whole module (List, its node class and its two iterators).

package haxe.ds;

class List<T> {
	var head:ListNode<T>;
	var tail:ListNode<T>;

	/** Number of elements. */
	public var length(default, null):Int;

	/** An empty list. */
	public function new() {
		length = 0;
	}

	/** Appends `item` at the end. */
	public function add(item:T):Void {
		var node = new ListNode(item, null);
		if (tail == null)
			head = node;
		else
			tail.next = node;
		tail = node;
		length++;
	}

	/** Prepends `item` at the front. */
	public function push(item:T):Void {
		var node = new ListNode(item, head);
		head = node;
		if (tail == null)
			tail = node;
		length++;
	}

	/** The first element, or null when empty. */
	public function first():Null<T> {
		return head == null ? null : head.item;
	}

	/** The last element, or null when empty. */
	public function last():Null<T> {
		return tail == null ? null : tail.item;
	}

	/** Removes and returns the first element, or null when empty. */
	public function pop():Null<T> {
		if (head == null)
			return null;
		var item = head.item;
		head = head.next;
		if (head == null)
			tail = null;
		length--;
		return item;
	}

	/** Whether the list has no element. */
	public function isEmpty():Bool {
		return head == null;
	}

	/** Removes every element. */
	public function clear():Void {
		head = null;
		tail = null;
		length = 0;
	}

	/** Removes the first element equal to `v` (==); tells whether one was found. */
	public function remove(v:T):Bool {
		var prev:ListNode<T> = null;
		var node = head;
		while (node != null) {
			if (node.item == v) {
				if (prev == null)
					head = node.next;
				else
					prev.next = node.next;
				if (tail == node)
					tail = prev;
				length--;
				return true;
			}
			prev = node;
			node = node.next;
		}
		return false;
	}

	/** Iterates over the elements from first to last. */
	public inline function iterator():ListIterator<T> {
		return new ListIterator<T>(head);
	}

	/** Iterates over (index, element) pairs. */
	public inline function keyValueIterator():ListKeyValueIterator<T> {
		return new ListKeyValueIterator<T>(head);
	}

	/** `{a, b, c}`. */
	public function toString():String {
		return "{" + join(", ") + "}";
	}

	/** The elements converted with Std.string and separated by `sep`. */
	public function join(sep:String):String {
		var out = new StringBuf();
		var node = head;
		while (node != null) {
			if (node != head)
				out.add(sep);
			out.add(node.item);
			node = node.next;
		}
		return out.toString();
	}

	/** A new list of the elements for which `f` holds. */
	public function filter(f:T->Bool):List<T> {
		var out = new List<T>();
		var node = head;
		while (node != null) {
			if (f(node.item))
				out.add(node.item);
			node = node.next;
		}
		return out;
	}

	/** A new list with `f` applied to every element. */
	public function map<X>(f:T->X):List<X> {
		var out = new List<X>();
		var node = head;
		while (node != null) {
			out.add(f(node.item));
			node = node.next;
		}
		return out;
	}
}

private class ListNode<T> {
	public var item:T;
	public var next:ListNode<T>;

	public function new(item:T, next:ListNode<T>) {
		this.item = item;
		this.next = next;
	}
}

private class ListIterator<T> {
	var node:ListNode<T>;

	public inline function new(head:ListNode<T>) {
		node = head;
	}

	public inline function hasNext():Bool {
		return node != null;
	}

	public inline function next():T {
		var item = node.item;
		node = node.next;
		return item;
	}
}

private class ListKeyValueIterator<T> {
	var index:Int;
	var node:ListNode<T>;

	public inline function new(head:ListNode<T>) {
		node = head;
		index = 0;
	}

	public inline function hasNext():Bool {
		return node != null;
	}

	public inline function next():{key:Int, value:T} {
		var item = node.item;
		node = node.next;
		return {key: index++, value: item};
	}
}
