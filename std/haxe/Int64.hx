// haxe.Int64: a signed 64-bit integer with wrapping arithmetic, a native i64 value on rayzor.
// A compiler core type. Runtime/backend-provided (declared without bodies): the conversion ofInt,
// the truncation to the low 32 bits, and the operators on two Int64 values (+ - * / % neg ~ & | ^
// << >> >>> == != < <= > >= ++ --); `/` and `%` truncate towards zero and throw
// "divide by zero" for a zero divisor. Real Haxe: everything else (make, high/low, toInt, compare,
// ucompare, divMod, toString, parseString, fromFloat, and the operators mixing Int64 with Int).

package haxe;

@:notNull
@:coreType
@:runtimeValue
abstract Int64 {
	// --- primitives ---

	/** `x` sign-extended to 64 bits. */
	@:from public static function ofInt(x:Int):Int64;

	// the low 32 bits of `x`
	@:noCompletion static function truncate(x:Int64):Int;

	@:op(-A) public static function neg(x:Int64):Int64;

	@:op(++A) function preIncrement():Int64;

	@:op(A++) function postIncrement():Int64;

	@:op(--A) function preDecrement():Int64;

	@:op(A--) function postDecrement():Int64;

	@:op(A + B) public static function add(a:Int64, b:Int64):Int64;

	@:op(A - B) public static function sub(a:Int64, b:Int64):Int64;

	@:op(A * B) public static function mul(a:Int64, b:Int64):Int64;

	@:op(A / B) public static function div(a:Int64, b:Int64):Int64;

	@:op(A % B) public static function mod(a:Int64, b:Int64):Int64;

	@:op(A == B) public static function eq(a:Int64, b:Int64):Bool;

	@:op(A != B) public static function neq(a:Int64, b:Int64):Bool;

	@:op(A < B) static function lt(a:Int64, b:Int64):Bool;

	@:op(A <= B) static function lte(a:Int64, b:Int64):Bool;

	@:op(A > B) static function gt(a:Int64, b:Int64):Bool;

	@:op(A >= B) static function gte(a:Int64, b:Int64):Bool;

	@:op(~A) static function complement(a:Int64):Int64;

	@:op(A & B) public static function and(a:Int64, b:Int64):Int64;

	@:op(A | B) public static function or(a:Int64, b:Int64):Int64;

	@:op(A ^ B) public static function xor(a:Int64, b:Int64):Int64;

	@:op(A << B) public static function shl(a:Int64, b:Int):Int64;

	@:op(A >> B) public static function shr(a:Int64, b:Int):Int64;

	@:op(A >>> B) public static function ushr(a:Int64, b:Int):Int64;

	/** Whether `val` is an Int64 value. */
	public static function isInt64(val:Dynamic):Bool;

	// --- real Haxe ---

	/** The same value (Int64 is immutable; kept for compatibility). */
	public inline function copy():Int64 {
		return this;
	}

	/** The Int64 whose upper 32 bits are `high` and lower 32 bits are `low`. */
	public static inline function make(high:Int32, low:Int32):Int64 {
		return (ofInt(high) << 32) | ((ofInt(low) << 32) >>> 32);
	}

	/** `x` as an Int; throws "Overflow" when it does not fit in 32 bits. */
	public static inline function toInt(x:Int64):Int {
		if (x.high != x.low >> 31)
			throw "Overflow";
		return x.low;
	}

	@:deprecated('haxe.Int64.is() is deprecated. Use haxe.Int64.isInt64() instead')
	public static inline function is(val:Dynamic):Bool {
		return isInt64(val);
	}

	@:deprecated("Use high instead")
	public static inline function getHigh(x:Int64):Int32 {
		return x.high;
	}

	@:deprecated("Use low instead")
	public static inline function getLow(x:Int64):Int32 {
		return x.low;
	}

	/** Whether `x` is negative. */
	public static inline function isNeg(x:Int64):Bool {
		return x < ofInt(0);
	}

	/** Whether `x` is zero. */
	public static inline function isZero(x:Int64):Bool {
		return x == ofInt(0);
	}

	/** Signed comparison: negative, zero or positive. */
	public static inline function compare(a:Int64, b:Int64):Int {
		return a < b ? -1 : (a > b ? 1 : 0);
	}

	/** Unsigned comparison: negative, zero or positive. */
	public static inline function ucompare(a:Int64, b:Int64):Int {
		var byHigh = Int32.ucompare(a.high, b.high);
		return byHigh != 0 ? byHigh : Int32.ucompare(a.low, b.low);
	}

	/** The decimal form of `x`. */
	public static inline function toStr(x:Int64):String {
		return x.toString();
	}

	/** Signed quotient (truncated) and remainder (with the dividend's sign); throws "divide by zero". */
	public static function divMod(dividend:Int64, divisor:Int64):{quotient:Int64, modulus:Int64} {
		if (isZero(divisor))
			throw "divide by zero";
		var q = div(dividend, divisor);
		return {quotient: q, modulus: sub(dividend, mul(q, divisor))};
	}

	/** The value of decimal string `sParam` (optional sign); throws on bad characters or overflow. */
	public static function parseString(sParam:String):Int64 {
		var s = StringTools.trim(sParam);
		var i = 0;
		var negative = false;
		if (s.charCodeAt(0) == "-".code) {
			negative = true;
			i = 1;
		} else if (s.charCodeAt(0) == "+".code) {
			i = 1;
		}
		if (i >= s.length)
			throw "NumberFormatError";
		// accumulate as a negative number so that the minimum value fits
		var min = make(0x80000000, 0);
		var limit = div(min, ofInt(10));
		var acc = ofInt(0);
		while (i < s.length) {
			var c:Int = s.charCodeAt(i++);
			if (c < "0".code || c > "9".code)
				throw "NumberFormatError";
			var d = c - "0".code;
			if (acc < limit || (acc == limit && d > 8))
				throw "NumberFormatError: Overflow";
			acc = sub(mul(acc, ofInt(10)), ofInt(d));
		}
		if (!negative) {
			if (acc == min)
				throw "NumberFormatError: Overflow";
			acc = neg(acc);
		}
		return acc;
	}

	/** `f` truncated towards zero; throws when `f` is NaN, infinite or beyond ±2^53 - 1. */
	public static function fromFloat(f:Float):Int64 {
		if (Math.isNaN(f) || !Math.isFinite(f))
			throw "Number is NaN or Infinite";
		var whole = f < 0 ? -Math.ffloor(-f) : Math.ffloor(f);
		if (whole > 9007199254740991.0 || whole < -9007199254740991.0)
			throw "Conversion overflow";
		var magnitude = whole < 0 ? -whole : whole;
		var hi = Math.ffloor(magnitude / 4294967296.0);
		var lo = magnitude - hi * 4294967296.0;
		var result = make(Std.int(hi), lo >= 2147483648.0 ? Std.int(lo - 4294967296.0) : Std.int(lo));
		return whole < 0 ? neg(result) : result;
	}

	// mixed operations with Int operands
	@:op(A + B) @:commutative static inline function addInt(a:Int64, b:Int):Int64 {
		return add(a, ofInt(b));
	}

	@:op(A - B) static inline function subInt(a:Int64, b:Int):Int64 {
		return sub(a, ofInt(b));
	}

	@:op(A - B) static inline function intSub(a:Int, b:Int64):Int64 {
		return sub(ofInt(a), b);
	}

	@:op(A * B) @:commutative static inline function mulInt(a:Int64, b:Int):Int64 {
		return mul(a, ofInt(b));
	}

	@:op(A / B) static inline function divInt(a:Int64, b:Int):Int64 {
		return div(a, ofInt(b));
	}

	@:op(A / B) static inline function intDiv(a:Int, b:Int64):Int64 {
		return div(ofInt(a), b);
	}

	@:op(A % B) static inline function modInt(a:Int64, b:Int):Int64 {
		return mod(a, ofInt(b));
	}

	@:op(A % B) static inline function intMod(a:Int, b:Int64):Int64 {
		return mod(ofInt(a), b);
	}

	@:op(A == B) @:commutative static inline function eqInt(a:Int64, b:Int):Bool {
		return eq(a, ofInt(b));
	}

	@:op(A != B) @:commutative static inline function neqInt(a:Int64, b:Int):Bool {
		return neq(a, ofInt(b));
	}

	@:op(A < B) static inline function ltInt(a:Int64, b:Int):Bool {
		return lt(a, ofInt(b));
	}

	@:op(A < B) static inline function intLt(a:Int, b:Int64):Bool {
		return lt(ofInt(a), b);
	}

	@:op(A <= B) static inline function lteInt(a:Int64, b:Int):Bool {
		return lte(a, ofInt(b));
	}

	@:op(A <= B) static inline function intLte(a:Int, b:Int64):Bool {
		return lte(ofInt(a), b);
	}

	@:op(A > B) static inline function gtInt(a:Int64, b:Int):Bool {
		return gt(a, ofInt(b));
	}

	@:op(A > B) static inline function intGt(a:Int, b:Int64):Bool {
		return gt(ofInt(a), b);
	}

	@:op(A >= B) static inline function gteInt(a:Int64, b:Int):Bool {
		return gte(a, ofInt(b));
	}

	@:op(A >= B) static inline function intGte(a:Int, b:Int64):Bool {
		return gte(ofInt(a), b);
	}

	/** The upper 32 bits. */
	public var high(get, never):Int32;

	inline function get_high():Int32 {
		return truncate(this >> 32);
	}

	/** The lower 32 bits. */
	public var low(get, never):Int32;

	inline function get_low():Int32 {
		return truncate(this);
	}

	/** The decimal form, with a leading `-` when negative. */
	function toString():String {
		var x:Int64 = this;
		if (isZero(x))
			return "0";
		var negative = isNeg(x);
		var digits = "";
		var ten = ofInt(10);
		// work on the negative side so that the minimum value needs no special case
		var rest = negative ? x : neg(x);
		while (!isZero(rest)) {
			var q = div(rest, ten);
			var r = sub(mul(q, ten), rest); // 0..9
			digits = Std.string(truncate(r)) + digits;
			rest = q;
		}
		return negative ? "-" + digits : digits;
	}
}
