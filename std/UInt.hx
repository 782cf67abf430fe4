// UInt: a 32-bit unsigned integer, stored in the bits of an Int.
// Real Haxe: every operator and conversion below is written in plain Haxe over Int (add, sub, mul,
// bit operations and shifts reuse Int's wrapping operations; comparisons flip the sign bit; division,
// modulo and toFloat go through Float, which holds every 32-bit value exactly). Nothing here needs
// the runtime; a backend may still map these to native u32 instructions.

@:transitive
abstract UInt(Int) from Int to Int {
	static inline var SIGN:Int = 0x80000000;
	static inline var TWO_32:Float = 4294967296.0;

	// arithmetic that wraps exactly like Int
	@:op(A + B) static inline function add(a:UInt, b:UInt):UInt {
		return a.toInt() + b.toInt();
	}

	@:op(A - B) static inline function sub(a:UInt, b:UInt):UInt {
		return a.toInt() - b.toInt();
	}

	@:op(A * B) static inline function mul(a:UInt, b:UInt):UInt {
		return a.toInt() * b.toInt();
	}

	@:op(A / B) static inline function div(a:UInt, b:UInt):Float {
		return a.toFloat() / b.toFloat();
	}

	@:op(A % B) static inline function mod(a:UInt, b:UInt):UInt {
		return a.toInt() - udiv(a, b).toInt() * b.toInt();
	}

	// bit operations
	@:op(A & B) static inline function and(a:UInt, b:UInt):UInt {
		return a.toInt() & b.toInt();
	}

	@:op(A | B) static inline function or(a:UInt, b:UInt):UInt {
		return a.toInt() | b.toInt();
	}

	@:op(A ^ B) static inline function xor(a:UInt, b:UInt):UInt {
		return a.toInt() ^ b.toInt();
	}

	@:op(A << B) static inline function shl(a:UInt, b:Int):UInt {
		return a.toInt() << b;
	}

	// both right shifts are logical on an unsigned value
	@:op(A >> B) static inline function shr(a:UInt, b:Int):UInt {
		return a.toInt() >>> b;
	}

	@:op(A >>> B) static inline function ushr(a:UInt, b:Int):UInt {
		return a.toInt() >>> b;
	}

	@:op(~A) inline function complement():UInt {
		return ~this;
	}

	// unsigned comparisons: flipping the sign bit maps unsigned order onto signed order
	@:op(A < B) static inline function lt(a:UInt, b:UInt):Bool {
		return (a.toInt() ^ SIGN) < (b.toInt() ^ SIGN);
	}

	@:op(A <= B) static inline function lte(a:UInt, b:UInt):Bool {
		return (a.toInt() ^ SIGN) <= (b.toInt() ^ SIGN);
	}

	@:op(A > B) static inline function gt(a:UInt, b:UInt):Bool {
		return (a.toInt() ^ SIGN) > (b.toInt() ^ SIGN);
	}

	@:op(A >= B) static inline function gte(a:UInt, b:UInt):Bool {
		return (a.toInt() ^ SIGN) >= (b.toInt() ^ SIGN);
	}

	// equality with Int and Float operands
	@:commutative @:op(A == B) static inline function equalsInt<T:Int>(a:UInt, b:T):Bool {
		return a.toInt() == b;
	}

	@:commutative @:op(A != B) static inline function notEqualsInt<T:Int>(a:UInt, b:T):Bool {
		return a.toInt() != b;
	}

	@:commutative @:op(A == B) static inline function equalsFloat<T:Float>(a:UInt, b:T):Bool {
		return a.toFloat() == b;
	}

	@:commutative @:op(A != B) static inline function notEqualsFloat<T:Float>(a:UInt, b:T):Bool {
		return a.toFloat() != b;
	}

	// mixed arithmetic and comparisons with Float give Float results, using the unsigned value
	@:commutative @:op(A + B) static inline function addFloat(a:UInt, b:Float):Float {
		return a.toFloat() + b;
	}

	@:commutative @:op(A * B) static inline function mulFloat(a:UInt, b:Float):Float {
		return a.toFloat() * b;
	}

	@:op(A - B) static inline function subFloat(a:UInt, b:Float):Float {
		return a.toFloat() - b;
	}

	@:op(A - B) static inline function floatSub(a:Float, b:UInt):Float {
		return a - b.toFloat();
	}

	@:op(A / B) static inline function divFloat(a:UInt, b:Float):Float {
		return a.toFloat() / b;
	}

	@:op(A / B) static inline function floatDiv(a:Float, b:UInt):Float {
		return a / b.toFloat();
	}

	@:op(A % B) static inline function modFloat(a:UInt, b:Float):Float {
		return a.toFloat() % b;
	}

	@:op(A % B) static inline function floatMod(a:Float, b:UInt):Float {
		return a % b.toFloat();
	}

	@:op(A < B) static inline function ltFloat(a:UInt, b:Float):Bool {
		return a.toFloat() < b;
	}

	@:op(A <= B) static inline function lteFloat(a:UInt, b:Float):Bool {
		return a.toFloat() <= b;
	}

	@:op(A > B) static inline function gtFloat(a:UInt, b:Float):Bool {
		return a.toFloat() > b;
	}

	@:op(A >= B) static inline function gteFloat(a:UInt, b:Float):Bool {
		return a.toFloat() >= b;
	}

	@:op(A < B) static inline function floatLt(a:Float, b:UInt):Bool {
		return a < b.toFloat();
	}

	@:op(A <= B) static inline function floatLte(a:Float, b:UInt):Bool {
		return a <= b.toFloat();
	}

	@:op(A > B) static inline function floatGt(a:Float, b:UInt):Bool {
		return a > b.toFloat();
	}

	@:op(A >= B) static inline function floatGte(a:Float, b:UInt):Bool {
		return a >= b.toFloat();
	}

	// increments wrap at 2^32
	@:op(++A) inline function preIncrement():UInt {
		return this = this + 1;
	}

	@:op(A++) inline function postIncrement():UInt {
		var old = this;
		this = this + 1;
		return old;
	}

	@:op(--A) inline function preDecrement():UInt {
		return this = this - 1;
	}

	@:op(A--) inline function postDecrement():UInt {
		var old = this;
		this = this - 1;
		return old;
	}

	/** The unsigned value in decimal (or in `radix`, 2 to 36). */
	function toString(?radix:Int):String {
		var base = radix == null ? 10 : radix;
		if (this >= 0 && base == 10)
			return Std.string(this);
		if (this == 0)
			return "0";
		var digits = "0123456789abcdefghijklmnopqrstuvwxyz";
		var out = "";
		var rest:UInt = this;
		var b:UInt = base;
		while (rest.toInt() != 0) {
			var q = udiv(rest, b);
			var r = rest.toInt() - q.toInt() * base;
			out = digits.charAt(r) + out;
			rest = q;
		}
		return out;
	}

	inline function toInt():Int {
		return this;
	}

	/** The unsigned value as a Float, from 0 to 4294967295. */
	@:to inline function toFloat():Float {
		return this < 0 ? TWO_32 + this : this + 0.0;
	}

	// unsigned quotient; exact because both operands and the quotient fit in a double
	static function udiv(a:UInt, b:UInt):UInt {
		var q = Math.ffloor(a.toFloat() / b.toFloat());
		return q >= 2147483648.0 ? Std.int(q - TWO_32) : Std.int(q);
	}
}
