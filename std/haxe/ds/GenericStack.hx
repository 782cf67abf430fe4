// haxe.ds.GenericStack: a singly linked stack (Haxe's @:generic stack; rayzor monomorphizes every
// generic class anyway, so it is an ordinary class here).
// Real Haxe: the whole module (GenericCell, GenericStack and its iterator); API as in Haxe 4.2.5.
// Invariant: `head` is the top cell, null when empty.

package haxe.ds;

/** One cell of a GenericStack: an element and the cell below it. */
class GenericCell<T> {
	public var elt:T;
	public var next:GenericCell<T>;

	public function new(elt:T, next:GenericCell<T>) {
		this.elt = elt;
		this.next = next;
	}
}

class GenericStack<T> {
	/** The top cell, or null when the stack is empty. */
	public var head:GenericCell<T>;

	public function new() {}

	/** Pushes `item` on top. */
	public inline function add(item:T):Void {
		head = new GenericCell<T>(item, head);
	}

	/** The top element without removing it, or null when empty. */
	public inline function first():Null<T> {
		return head == null ? null : head.elt;
	}

	/** Removes and returns the top element, or null when empty. */
	public inline function pop():Null<T> {
		var top = head;
		if (top == null)
			return null;
		head = top.next;
		return top.elt;
	}

	public inline function isEmpty():Bool {
		return head == null;
	}

	/** Removes the topmost element equal (==) to `v`; whether one was found. */
	public function remove(v:T):Bool {
		var prev:GenericCell<T> = null;
		var cur = head;
		while (cur != null) {
			if (cur.elt == v) {
				if (prev == null)
					head = cur.next;
				else
					prev.next = cur.next;
				return true;
			}
			prev = cur;
			cur = cur.next;
		}
		return false;
	}

	/** The elements from top to bottom. */
	public function iterator():Iterator<T> {
		return new GenericStackIterator<T>(head);
	}

	/** "{a,b,c}", top first. */
	public function toString():String {
		var parts = new Array<T>();
		var cur = head;
		while (cur != null) {
			parts.push(cur.elt);
			cur = cur.next;
		}
		return "{" + parts.join(",") + "}";
	}
}

private class GenericStackIterator<T> {
	var cur:GenericCell<T>;

	public function new(head:GenericCell<T>) {
		cur = head;
	}

	public function hasNext():Bool {
		return cur != null;
	}

	public function next():T {
		var e = cur.elt;
		cur = cur.next;
		return e;
	}
}
