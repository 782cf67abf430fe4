// Lambda: functional helpers over any Iterable, meant for `using Lambda`.
// Real Haxe: the whole class; nothing is provided by the runtime.

import haxe.ds.List;

class Lambda {
	/** The elements of `it` in a new Array. */
	public static function array<A>(it:Iterable<A>):Array<A> {
		var out = new Array<A>();
		for (x in it)
			out.push(x);
		return out;
	}

	/** The elements of `it` in a new List. */
	public static function list<A>(it:Iterable<A>):List<A> {
		var out = new List<A>();
		for (x in it)
			out.add(x);
		return out;
	}

	/** `f` applied to each element, in a new Array. */
	public static inline function map<A, B>(it:Iterable<A>, f:(item:A) -> B):Array<B> {
		var out = new Array<B>();
		for (x in it)
			out.push(f(x));
		return out;
	}

	/** `f` applied to each (index, element), in a new Array. */
	public static inline function mapi<A, B>(it:Iterable<A>, f:(index:Int, item:A) -> B):Array<B> {
		var out = new Array<B>();
		var i = 0;
		for (x in it)
			out.push(f(i++, x));
		return out;
	}

	/** The elements of the inner iterables, concatenated. */
	public static inline function flatten<A>(it:Iterable<Iterable<A>>):Array<A> {
		var out = new Array<A>();
		for (inner in it)
			for (x in inner)
				out.push(x);
		return out;
	}

	/** `f` applied to each element, the resulting iterables concatenated. */
	public static inline function flatMap<A, B>(it:Iterable<A>, f:(item:A) -> Iterable<B>):Array<B> {
		var out = new Array<B>();
		for (x in it)
			for (y in f(x))
				out.push(y);
		return out;
	}

	/** Whether some element equals `elt` (==). */
	public static function has<A>(it:Iterable<A>, elt:A):Bool {
		for (x in it)
			if (x == elt)
				return true;
		return false;
	}

	/** Whether `f` holds for some element. */
	public static function exists<A>(it:Iterable<A>, f:(item:A) -> Bool):Bool {
		for (x in it)
			if (f(x))
				return true;
		return false;
	}

	/** Whether `f` holds for every element (true when empty). */
	public static function foreach<A>(it:Iterable<A>, f:(item:A) -> Bool):Bool {
		for (x in it)
			if (!f(x))
				return false;
		return true;
	}

	/** Calls `f` on every element. */
	public static function iter<A>(it:Iterable<A>, f:(item:A) -> Void):Void {
		for (x in it)
			f(x);
	}

	/** The elements for which `f` holds, in a new Array. */
	public static function filter<A>(it:Iterable<A>, f:(item:A) -> Bool):Array<A> {
		var out = new Array<A>();
		for (x in it)
			if (f(x))
				out.push(x);
		return out;
	}

	/** Folds left: `f(xn, ... f(x2, f(x1, first)))`. */
	public static function fold<A, B>(it:Iterable<A>, f:(item:A, result:B) -> B, first:B):B {
		var acc = first;
		for (x in it)
			acc = f(x, acc);
		return acc;
	}

	/** Like fold, also passing each element's index. */
	public static function foldi<A, B>(it:Iterable<A>, f:(item:A, result:B, index:Int) -> B, first:B):B {
		var acc = first;
		var i = 0;
		for (x in it) {
			acc = f(x, acc, i);
			i++;
		}
		return acc;
	}

	/** Number of elements, or of those for which `pred` holds. */
	public static function count<A>(it:Iterable<A>, ?pred:(item:A) -> Bool):Int {
		var n = 0;
		for (x in it)
			if (pred == null || pred(x))
				n++;
		return n;
	}

	/** Whether `it` has no element. */
	public static function empty<T>(it:Iterable<T>):Bool {
		return !it.iterator().hasNext();
	}

	/** Position of the first element equal to `v`, or -1. */
	public static function indexOf<T>(it:Iterable<T>, v:T):Int {
		var i = 0;
		for (x in it) {
			if (x == v)
				return i;
			i++;
		}
		return -1;
	}

	/** The first element for which `f` holds, or null. */
	public static function find<T>(it:Iterable<T>, f:(item:T) -> Bool):Null<T> {
		for (x in it)
			if (f(x))
				return x;
		return null;
	}

	/** Position of the first element for which `f` holds, or -1. */
	public static function findIndex<T>(it:Iterable<T>, f:(item:T) -> Bool):Int {
		var i = 0;
		for (x in it) {
			if (f(x))
				return i;
			i++;
		}
		return -1;
	}

	/** The elements of `a` followed by those of `b`, in a new Array. */
	public static function concat<T>(a:Iterable<T>, b:Iterable<T>):Array<T> {
		var out = new Array<T>();
		for (x in a)
			out.push(x);
		for (x in b)
			out.push(x);
		return out;
	}
}
