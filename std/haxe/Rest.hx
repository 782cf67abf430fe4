// haxe.Rest: the type of a rest argument (`function f(...args:Int)`), a read-only list of arguments.
// Real Haxe: the whole abstract, over an Array<T>.

package haxe;

import haxe.iterators.RestIterator;
import haxe.iterators.RestKeyValueIterator;

private typedef NativeRest<T> = Array<T>;

abstract Rest<T>(NativeRest<T>) {
	/** Number of arguments. */
	public var length(get, never):Int;

	inline function get_length():Int {
		return this.length;
	}

	/** Passes the elements of `array` as the arguments (a copy is not made). */
	@:from public static inline function of<T>(array:Array<T>):Rest<T> {
		return new Rest(array);
	}

	inline function new(array:Array<T>):Void {
		this = array;
	}

	/** The argument at `index`. */
	@:arrayAccess inline function get(index:Int):T {
		return this[index];
	}

	/** The arguments in a new Array. */
	@:to public inline function toArray():Array<T> {
		return this.copy();
	}

	public inline function iterator():RestIterator<T> {
		return new RestIterator<T>(this);
	}

	public inline function keyValueIterator():RestKeyValueIterator<T> {
		return new RestKeyValueIterator<T>(this);
	}

	/** A new Rest with `item` added at the end. */
	public function append(item:T):Rest<T> {
		var items = this.copy();
		items.push(item);
		return new Rest(items);
	}

	/** A new Rest with `item` added at the front. */
	public function prepend(item:T):Rest<T> {
		var items = this.copy();
		items.unshift(item);
		return new Rest(items);
	}

	/** Like the Array's toString: `[a,b,c]`. */
	public inline function toString():String {
		return this.toString();
	}
}
