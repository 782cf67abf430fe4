// Array<T>: the built-in growable array (Array<Int>, Array<Float>, Array<Bool> store unboxed).
// Extern: storage and most methods are provided by the runtime. Real Haxe (inline bodies here):
// iterator, keyValueIterator, map, filter.

import haxe.iterators.ArrayIterator;
import haxe.iterators.ArrayKeyValueIterator;

extern class Array<T> implements ArrayAccess<T> {
	/** Number of elements. */
	var length(default, null):Int;

	/** An empty array. */
	function new():Void;

	/** A new array: the elements of this one followed by those of `a`. */
	function concat(a:Array<T>):Array<T>;

	/** The elements converted with Std.string and separated by `sep`. */
	function join(sep:String):String;

	/** Removes and returns the last element (null when empty). */
	function pop():Null<T>;

	/** Appends `x`; returns the new length. */
	function push(x:T):Int;

	/** Reverses the elements in place. */
	function reverse():Void;

	/** Removes and returns the first element (null when empty). */
	function shift():Null<T>;

	/** A new array of the elements from `pos` up to, not including, `end` (negatives count from the end). */
	function slice(pos:Int, ?end:Int):Array<T>;

	/** Sorts in place with comparison `f` (negative, zero, positive); stable. */
	function sort(f:T->T->Int):Void;

	/** Removes `len` elements from `pos` and returns them. */
	function splice(pos:Int, len:Int):Array<T>;

	function toString():String;

	/** Prepends `x`. */
	function unshift(x:T):Void;

	/** Inserts `x` before position `pos` (negative counts from the end; clamped). */
	function insert(pos:Int, x:T):Void;

	/** Removes the first element equal to `x`; tells whether one was found. */
	function remove(x:T):Bool;

	/** Whether an element equals `x`. */
	@:pure function contains(x:T):Bool;

	/** Position of the first element equal to `x` from `fromIndex`, or -1. */
	function indexOf(x:T, ?fromIndex:Int):Int;

	/** Position of the last element equal to `x` at or before `fromIndex`, or -1. */
	function lastIndexOf(x:T, ?fromIndex:Int):Int;

	/** A shallow copy. */
	function copy():Array<T>;

	/** Iterates over the elements in order. */
	@:runtime inline function iterator():ArrayIterator<T> {
		return new ArrayIterator(this);
	}

	/** Iterates over (index, element) pairs. */
	@:runtime inline function keyValueIterator():ArrayKeyValueIterator<T> {
		return new ArrayKeyValueIterator(this);
	}

	/** A new array with `f` applied to every element. */
	@:runtime inline function map<S>(f:T->S):Array<S> {
		var out = new Array<S>();
		var i = 0;
		while (i < length) {
			out.push(f(this[i]));
			i++;
		}
		return out;
	}

	/** A new array of the elements for which `f` is true. */
	@:runtime inline function filter(f:T->Bool):Array<T> {
		var out = new Array<T>();
		var i = 0;
		while (i < length) {
			var v = this[i];
			if (f(v))
				out.push(v);
			i++;
		}
		return out;
	}

	/** Grows (with default values) or truncates the array to `len` elements. */
	function resize(len:Int):Void;
}
