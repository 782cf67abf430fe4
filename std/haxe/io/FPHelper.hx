// haxe.io.FPHelper: reinterprets floating point numbers as their IEEE 754 bits and back.
// Extern: the runtime provides every member (bit casts: f32/f64 reinterpret instructions); no
// Haxe bodies.

package haxe.io;

extern class FPHelper {
	/** The single-precision float whose bits are `i`. */
	static function i32ToFloat(i:Int):Float;

	/** The bits of `f` rounded to single precision. */
	static function floatToI32(f:Float):Int;

	/** The double whose bits are `high` (upper 32) and `low` (lower 32). */
	static function i64ToDouble(low:Int, high:Int):Float;

	/** The bits of the double `v`. */
	static function doubleToI64(v:Float):haxe.Int64;
}
