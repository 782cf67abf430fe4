// Array<T>: the built-in growable array.
// Takes: elements of type T. The class is monomorphized (Array<Int> is compiled from this file with
// T = Int), so elements are stored unboxed in one block of `__cap` slots of Ptr.sizeOf(T) bytes each
// (4 for Int and Bool, 8 for Float, the pointer size for everything else).
// Gives: the whole Haxe Array API, plus `__get`/`__set` (what `a[i]` and `a[i] = v` become) and
// `__reserve` (what array literals call before their pushes).
// Invariant: the bytes of the slots from `length` up to `__cap` are zero, so growing the array
// (resize, a write past the end) needs no filling: a zero slot reads as T's default value (0, 0.0,
// false or null). Every operation that shortens the array clears the slots it gives up.
// Differences from haxe --interp, where every array is an array of boxes: an out-of-range read or
// a gap in an Array<Int>/<Float>/<Bool> gives 0/0.0/false (as on Haxe's static targets), not null.

import haxe.iterators.ArrayIterator;
import haxe.iterators.ArrayKeyValueIterator;
import rayzor.Ptr;

class Array<T> implements ArrayAccess<T> {
	/** Number of elements. */
	public var length(default, null):Int;

	var __data:Ptr;
	var __cap:Int;

	/** An empty array (storage comes with the first element). */
	public function new():Void {
		length = 0;
		__cap = 0;
		__data = Ptr.nil();
	}

	/** A new array: the elements of this one followed by those of `a`. */
	public function concat(a:Array<T>):Array<T> {
		var es = __esz();
		var out = new Array<T>();
		out.__reserve(length + a.length);
		Ptr.copy(out.__data, __data, length * es);
		Ptr.copy(out.__data.add(length * es), a.__data, a.length * es);
		out.length = length + a.length;
		return out;
	}

	/** The elements converted with Std.string and separated by `sep`. */
	public function join(sep:String):String {
		var buf = new StringBuf();
		for (i in 0...length) {
			if (i > 0)
				buf.add(sep);
			buf.add(__at(i));
		}
		return buf.toString();
	}

	/** Removes and returns the last element (null when empty). */
	public function pop():Null<T> {
		if (length == 0)
			return null;
		length--;
		var v = __at(length);
		__clear(length, 1);
		return v;
	}

	/** Appends `x`; returns the new length. */
	public function push(x:T):Int {
		if (length == __cap)
			__grow(length + 1);
		__data.set(length * __esz(), x);
		length++;
		return length;
	}

	/** Reverses the elements in place. */
	public function reverse():Void {
		var i = 0;
		var j = length - 1;
		while (i < j) {
			var t = __at(i);
			__put(i, __at(j));
			__put(j, t);
			i++;
			j--;
		}
	}

	/** Removes and returns the first element (null when empty). */
	public function shift():Null<T> {
		if (length == 0)
			return null;
		var es = __esz();
		var v = __at(0);
		length--;
		Ptr.copy(__data, __data.add(es), length * es);
		__clear(length, 1);
		return v;
	}

	/**
		A new array of the elements from `pos` up to, not including, `end` (default: the end).
		Negative bounds count from the end (clamped to 0); bounds past the end mean the end.
	**/
	public function slice(pos:Int, ?end:Int):Array<T> {
		var e = end == null ? length : (end : Int);
		if (pos < 0) {
			pos += length;
			if (pos < 0)
				pos = 0;
		}
		if (e < 0)
			e += length;
		if (e > length)
			e = length;
		var out = new Array<T>();
		if (pos >= e)
			return out;
		var es = __esz();
		out.__reserve(e - pos);
		Ptr.copy(out.__data, __data.add(pos * es), (e - pos) * es);
		out.length = e - pos;
		return out;
	}

	/**
		Sorts in place with comparison `f` (negative, zero, positive). The order of equal elements is
		the one haxe --interp gives: the same ternary heap sort (not stable), the same comparisons.
	**/
	public function sort(f:T->T->Int):Void {
		var l = length;
		var i = Std.int((l + 1) / 3) - 1;
		while (i >= 0) {
			__siftDown(f, l, i, __at(i));
			i--;
		}
		i = l - 1;
		while (i >= 2) {
			var e = __at(i);
			__put(i, __at(0));
			__siftUp(f, __holeToLeaf(f, i, 0), e);
			i--;
		}
		if (l > 1) {
			var e = __at(1);
			__put(1, __at(0));
			__put(0, e);
		}
	}

	/**
		Removes `len` elements from `pos` and returns them. A negative `pos` counts from the end
		(clamped to 0); a negative `len` removes nothing; the range is cut at the end.
	**/
	public function splice(pos:Int, len:Int):Array<T> {
		var out = new Array<T>();
		if (len < 0)
			return out;
		if (pos < 0) {
			pos += length;
			if (pos < 0)
				pos = 0;
		}
		if (pos > length)
			pos = length;
		if (pos + len > length)
			len = length - pos;
		if (len == 0)
			return out;
		var es = __esz();
		out.__reserve(len);
		Ptr.copy(out.__data, __data.add(pos * es), len * es);
		out.length = len;
		Ptr.copy(__data.add(pos * es), __data.add((pos + len) * es), (length - pos - len) * es);
		length -= len;
		__clear(length, len);
		return out;
	}

	/** `[e1,e2,...]`, each element with Std.string, as Haxe prints arrays. */
	public function toString():String {
		var buf = new StringBuf();
		buf.addChar(0x5B);
		for (i in 0...length) {
			if (i > 0)
				buf.addChar(0x2C);
			buf.add(__at(i));
		}
		buf.addChar(0x5D);
		return buf.toString();
	}

	/** Prepends `x`. */
	public function unshift(x:T):Void {
		insert(0, x);
	}

	/** Inserts `x` before position `pos`; a negative `pos` counts from the end (clamped to 0), one past the end appends. */
	public function insert(pos:Int, x:T):Void {
		if (pos < 0) {
			pos += length;
			if (pos < 0)
				pos = 0;
		}
		if (pos > length)
			pos = length;
		if (length == __cap)
			__grow(length + 1);
		var es = __esz();
		Ptr.copy(__data.add((pos + 1) * es), __data.add(pos * es), (length - pos) * es);
		__data.set(pos * es, x);
		length++;
	}

	/** Removes the first element equal to `x` (==); tells whether one was found. */
	public function remove(x:T):Bool {
		var i = indexOf(x);
		if (i < 0)
			return false;
		var es = __esz();
		length--;
		Ptr.copy(__data.add(i * es), __data.add((i + 1) * es), (length - i) * es);
		__clear(length, 1);
		return true;
	}

	/** Whether an element equals `x` (==). */
	@:pure public function contains(x:T):Bool {
		return indexOf(x) >= 0;
	}

	/** Position of the first element equal to `x` (==) from `fromIndex` (negative: from the end, clamped to 0), or -1. */
	public function indexOf(x:T, ?fromIndex:Int):Int {
		var i = fromIndex == null ? 0 : (fromIndex : Int);
		if (i < 0) {
			i += length;
			if (i < 0)
				i = 0;
		}
		while (i < length) {
			if (__at(i) == x)
				return i;
			i++;
		}
		return -1;
	}

	/** Position of the last element equal to `x` (==) at or before `fromIndex` (default and past the end: the last; negative: from the end, clamped to 0), or -1. */
	public function lastIndexOf(x:T, ?fromIndex:Int):Int {
		var i = fromIndex == null ? length - 1 : (fromIndex : Int);
		if (i < 0) {
			i += length;
			if (i < 0)
				i = 0;
		}
		if (i >= length)
			i = length - 1;
		while (i >= 0) {
			if (__at(i) == x)
				return i;
			i--;
		}
		return -1;
	}

	/** A shallow copy. */
	public function copy():Array<T> {
		var out = new Array<T>();
		out.__reserve(length);
		Ptr.copy(out.__data, __data, length * __esz());
		out.length = length;
		return out;
	}

	/** Iterates over the elements in order (elements added meanwhile are visited too). */
	public function iterator():ArrayIterator<T> {
		return new ArrayIterator(this);
	}

	/** Iterates over (index, element) pairs. */
	public function keyValueIterator():ArrayKeyValueIterator<T> {
		return new ArrayKeyValueIterator(this);
	}

	/** A new array with `f` applied to every element. */
	public function map<S>(f:T->S):Array<S> {
		var out = new Array<S>();
		out.__reserve(length);
		for (i in 0...length)
			out.push(f(__at(i)));
		return out;
	}

	/** A new array of the elements for which `f` is true. */
	public function filter(f:T->Bool):Array<T> {
		var out = new Array<T>();
		for (i in 0...length) {
			var v = __at(i);
			if (f(v))
				out.push(v);
		}
		return out;
	}

	/** Grows (with default values: 0, 0.0, false or null) or truncates the array to `len` elements. */
	public function resize(len:Int):Void {
		if (len < 0)
			len = 0;
		if (len > __cap)
			__grow(len);
		if (len < length)
			__clear(len, length - len);
		length = len;
	}

	// --- entry points for the lowering ---

	/**
		Appends the elements of `src`, an array of any element type read dynamically, converting each
		to T; gives this array. Element representations differ between instances (Array<Int> holds raw
		ints, Array<Dynamic> boxes), so a Dynamic holding one array used as another becomes a copy.
	**/
	@:noCompletion public function __fillFrom(src:Dynamic):Array<T> {
		var n:Int = src.length;
		for (i in 0...n)
			push(src[i]);
		return this;
	}

	/** `a[i]`: the element, or T's default value (0, 0.0, false, null) out of range. */
	@:noCompletion public function __get(i:Int):T {
		if (i < 0 || i >= length)
			return __zeros().get(0);
		return __data.get(i * __esz());
	}

	/** `a[i] = v`: stores `v`; past the end the array grows, the gap holding default values. A negative index stores nothing. Gives `v`. */
	@:noCompletion public function __set(i:Int, v:T):T {
		if (i < 0)
			return v;
		if (i >= length) {
			if (i >= __cap)
				__grow(i + 1);
			length = i + 1;
		}
		__data.set(i * __esz(), v);
		return v;
	}

	/** Makes room for at least `n` elements in all (array literals call it before their pushes). */
	@:noCompletion public function __reserve(n:Int):Void {
		if (n > __cap)
			__grow(n);
	}

	// --- private helpers ---

	// the size of one slot: Ptr.sizeOf looks only at the static type of its argument
	inline function __esz():Int {
		return Ptr.sizeOf((cast null : T));
	}

	// element i, no bounds check
	inline function __at(i:Int):T {
		return __data.get(i * __esz());
	}

	inline function __put(i:Int, v:T):Void {
		__data.set(i * __esz(), v);
	}

	// zeroes `n` slots from `from` (keeps the invariant when the array shrinks)
	inline function __clear(from:Int, n:Int):Void {
		var es = __esz();
		Ptr.fill(__data.add(from * es), 0, n * es);
	}

	// capacity for at least `need` elements: doubles (from 4), new slots zeroed
	function __grow(need:Int):Void {
		var cap = __cap < 4 ? 4 : __cap * 2;
		if (cap < need)
			cap = need;
		var es = __esz();
		__data = Ptr.realloc(__data, __cap * es, cap * es);
		Ptr.fill(__data.add(__cap * es), 0, (cap - __cap) * es);
		__cap = cap;
	}

	// 8 zero bytes: read as a T they give T's default value
	static var __zeroBlock:Ptr;

	static function __zeros():Ptr {
		if (__zeroBlock.isNull()) {
			__zeroBlock = Ptr.alloc(8);
			Ptr.fill(__zeroBlock, 0, 8);
		}
		return __zeroBlock;
	}

	// The heap sort below is a ternary max-heap over [0, l): the children of i are 3i+1..3i+3.
	// It makes the comparisons, in the same order, of the sort haxe --interp uses, so equal
	// elements end up where they end up there.

	// the larger child of i (the later one on ties), or -1 when i is a leaf
	function __maxChild(f:T->T->Int, l:Int, i:Int):Int {
		var c = 3 * i + 1;
		if (c + 2 < l) {
			var m = c;
			if (f(__at(c), __at(c + 1)) < 0)
				m = c + 1;
			if (f(__at(m), __at(c + 2)) < 0)
				m = c + 2;
			return m;
		}
		if (c + 1 < l && f(__at(c), __at(c + 1)) < 0)
			return c + 1;
		return c < l ? c : -1;
	}

	// places `e` at hole i, moving larger children up until e is not smaller than them
	function __siftDown(f:T->T->Int, l:Int, i:Int, e:T):Void {
		while (true) {
			var j = __maxChild(f, l, i);
			if (j < 0 || f(__at(j), e) <= 0) {
				__put(i, e);
				return;
			}
			__put(i, __at(j));
			i = j;
		}
	}

	// moves the hole at i down to a leaf along the larger children; gives the leaf
	function __holeToLeaf(f:T->T->Int, l:Int, i:Int):Int {
		while (true) {
			var j = __maxChild(f, l, i);
			if (j < 0)
				return i;
			__put(i, __at(j));
			i = j;
		}
	}

	// places `e` at hole i (> 0), moving smaller ancestors down
	function __siftUp(f:T->T->Int, i:Int, e:T):Void {
		while (true) {
			var parent = Std.int((i - 1) / 3);
			if (f(__at(parent), e) >= 0) {
				__put(i, e);
				return;
			}
			__put(i, __at(parent));
			if (parent == 0) {
				__put(0, e);
				return;
			}
			i = parent;
		}
	}
}
