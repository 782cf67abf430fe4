// Std: basic conversions and type tests.
// Real Haxe over the runtime: type tests read object headers and RTTI (rayzor.rt.Dyn), number
// parsing is rayzor.rt.Fmt. `string`, `int` and `isOfType` with a type literal are also lowered
// inline by the compiler (src/lower/intrinsics.ts); these bodies serve the other uses.

class Std {
	@:deprecated('Std.is is deprecated. Use Std.isOfType instead.')
	public static function is(v:Dynamic, t:Dynamic):Bool {
		return rayzor.rt.Dyn.isOfClassValue(v, t);
	}

	/** Whether `v` is a value of type `t` (a class, enum, interface or basic type). */
	public static function isOfType(v:Dynamic, t:Dynamic):Bool {
		return rayzor.rt.Dyn.isOfClassValue(v, t);
	}

	/** `value` as an `S` when it is one, null otherwise. */
	public static function downcast<T:{}, S:T>(value:T, c:Class<S>):S {
		return rayzor.rt.Dyn.isOfClassValue(value, c) ? cast value : null;
	}

	@:deprecated('Std.instance() is deprecated. Use Std.downcast() instead.')
	public static function instance<T:{}, S:T>(value:T, c:Class<S>):S {
		return downcast(value, c);
	}

	/** A text form of any value, as `trace` prints it. */
	public static function string(s:Dynamic):String {
		return rayzor.rt.Dyn.toString(s);
	}

	/** `x` truncated towards zero. */
	public static function int(x:Float):Int {
		return Std.int(x);
	}

	/** The integer at the start of `x` (decimal or 0x hexadecimal), or null. */
	public static function parseInt(x:String):Null<Int> {
		return rayzor.rt.Fmt.parseInt(x);
	}

	/** The number at the start of `x`, or NaN. */
	public static function parseFloat(x:String):Float {
		return rayzor.rt.Fmt.parseFloat(x);
	}

	/** A random Int in [0, x). */
	public static function random(x:Int):Int {
		return rayzor.rt.Rand.int(x);
	}
}
