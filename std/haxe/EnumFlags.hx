// haxe.EnumFlags<T>: a set of constructors of a flag enum T, one bit per constructor index.
// Real Haxe: every member is Int bit arithmetic over Type.enumIndex.

package haxe;

abstract EnumFlags<T:EnumValue>(Int) {
	/** The set with bits `i`. */
	public inline function new(i = 0) {
		this = i;
	}

	/** Is `v` in the set? */
	public inline function has(v:T):Bool {
		return this & (1 << Type.enumIndex(v)) != 0;
	}

	/** Adds `v`. */
	public inline function set(v:T):Void {
		this |= 1 << Type.enumIndex(v);
	}

	/** Removes `v`. */
	public inline function unset(v:T):Void {
		this &= 0xFFFFFFFF - (1 << Type.enumIndex(v));
	}

	/** The set whose bits are `i`. */
	public inline static function ofInt<T:EnumValue>(i:Int):EnumFlags<T> {
		return new EnumFlags<T>(i);
	}

	/** The bits. */
	public inline function toInt():Int {
		return this;
	}
}
