// Std: basic conversions and type tests.
// Extern: every member is provided by the runtime (type tests read object headers; string
// formatting and number parsing are runtime routines); no Haxe bodies.

extern class Std {
	@:deprecated('Std.is is deprecated. Use Std.isOfType instead.')
	static function is(v:Dynamic, t:Dynamic):Bool;

	/** Whether `v` is a value of type `t` (a class, enum, interface or basic type). */
	static function isOfType(v:Dynamic, t:Dynamic):Bool;

	/** `value` as an `S` when it is one, null otherwise. */
	static function downcast<T:{}, S:T>(value:T, c:Class<S>):S;

	@:deprecated('Std.instance() is deprecated. Use Std.downcast() instead.')
	static function instance<T:{}, S:T>(value:T, c:Class<S>):S;

	/** The string form of any value (uses toString() on class instances). */
	static function string(s:Dynamic):String;

	/** `x` truncated towards zero. */
	static function int(x:Float):Int;

	/** The leading integer of `x` (decimal or 0x hexadecimal), or null. */
	static function parseInt(x:String):Null<Int>;

	/** The leading number of `x`, or NaN. */
	static function parseFloat(x:String):Float;

	/** An Int in [0, x); 0 when x <= 1. */
	static function random(x:Int):Int;
}
