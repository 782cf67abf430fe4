// haxe.ds.Vector: a fixed-length array.
// Real Haxe: the whole abstract, over an Array<T> storage (VectorData) created with its final length;
// a runtime may later give VectorData its own layout without changing this API.

package haxe.ds;

private typedef VectorData<T> = Array<T>;

abstract Vector<T>(VectorData<T>) {
	/** A vector of `length` elements, each the default value of T (null for nullable types). */
	public inline function new(length:Int) {
		this = [];
		if (length > 0)
			this.resize(length);
	}

	/** The element at `index`; also `v[index]`. */
	@:op([]) public inline function get(index:Int):T {
		return this[index];
	}

	/** Stores `val` at `index`; also `v[index] = val`. Gives `val`. */
	@:op([]) public inline function set(index:Int, val:T):T {
		return this[index] = val;
	}

	/** The number of elements (fixed at creation). */
	public var length(get, never):Int;

	inline function get_length():Int {
		return this.length;
	}

	/**
		Copies `len` elements from `src` at `srcPos` to `dest` at `destPos`; correct when `src` and
		`dest` are the same vector and the ranges overlap.
	**/
	public static function blit<T>(src:Vector<T>, srcPos:Int, dest:Vector<T>, destPos:Int, len:Int):Void {
		if (src == dest && srcPos < destPos) {
			var i = len - 1;
			while (i >= 0) {
				dest[destPos + i] = src[srcPos + i];
				i--;
			}
		} else {
			for (i in 0...len)
				dest[destPos + i] = src[srcPos + i];
		}
	}

	/** A new Array with the same elements. */
	public inline function toArray():Array<T> {
		return this.copy();
	}

	/** The underlying storage. */
	public inline function toData():VectorData<T> {
		return this;
	}

	/** A vector over `data` itself (no copy). */
	public static inline function fromData<T>(data:VectorData<T>):Vector<T> {
		return cast data;
	}

	/** A new vector with the elements of `array`. */
	public static inline function fromArrayCopy<T>(array:Array<T>):Vector<T> {
		return cast array.copy();
	}

	/** A shallow copy. */
	public inline function copy():Vector<T> {
		return cast this.copy();
	}

	/** The elements converted with Std.string and separated by `sep`. */
	public inline function join(sep:String):String {
		return this.join(sep);
	}

	/** A new vector with `f` applied to every element. */
	public inline function map<S>(f:T->S):Vector<S> {
		var out = new Vector<S>(length);
		for (i in 0...length)
			out[i] = f(get(i));
		return out;
	}

	/** Sorts in place with comparison `f` (stable). */
	public inline function sort(f:T->T->Int):Void {
		this.sort(f);
	}
}
