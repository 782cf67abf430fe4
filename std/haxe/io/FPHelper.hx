// haxe.io.FPHelper: reinterprets floating point numbers as their IEEE 754 bits and back.
// Takes: ints (bit patterns) or floats. Gives: the other view of the same bits.
// Invariant: conversions go through one 8-byte scratch cell in linear memory (little-endian, as
// every rayzor target is), so they are exact bit casts; the cell is never handed out.

package haxe.io;

import rayzor.Ptr;

class FPHelper {
	static var scratch:Ptr;

	static inline function cell():Ptr {
		if (scratch.isNull()) scratch = Ptr.alloc(8);
		return scratch;
	}

	/** The single-precision float whose bits are `i`. */
	public static function i32ToFloat(i:Int):Float {
		var c = cell();
		c.setI32(0, i);
		return c.getF32(0);
	}

	/** The bits of `f` rounded to single precision. */
	public static function floatToI32(f:Float):Int {
		var c = cell();
		c.setF32(0, f);
		return c.getI32(0);
	}

	/** The double whose bits are `high` (upper 32) and `low` (lower 32). */
	public static function i64ToDouble(low:Int, high:Int):Float {
		var c = cell();
		c.setI32(0, low);
		c.setI32(4, high);
		return c.getF64(0);
	}

	/** The bits of the double `v`. */
	public static function doubleToI64(v:Float):haxe.Int64 {
		var c = cell();
		c.setF64(0, v);
		return haxe.Int64.make(c.getI32(4), c.getI32(0));
	}
}
