// haxe.Int32: an Int whose arithmetic is guaranteed to wrap at 32 bits.
// Real Haxe: the whole abstract. Every Int32 result passes through clamp (`x | 0`), which is the
// identity on rayzor (Int is already a wrapping i32) and keeps the results 32-bit on any target
// whose bit operations work on 32 bits. Division and mixed Float operations give Floats.

package haxe;

@:transitive
abstract Int32(Int) from Int to Int {
	@:op(-A) inline function negate():Int32 {
		return clamp(-this);
	}

	@:op(++A) inline function preIncrement():Int32 {
		return this = clamp(this + 1);
	}

	@:op(A++) inline function postIncrement():Int32 {
		var old = this;
		this = clamp(this + 1);
		return old;
	}

	@:op(--A) inline function preDecrement():Int32 {
		return this = clamp(this - 1);
	}

	@:op(A--) inline function postDecrement():Int32 {
		var old = this;
		this = clamp(this - 1);
		return old;
	}

	// addition
	@:op(A + B) static inline function add(a:Int32, b:Int32):Int32 {
		return clamp(a.toInt() + b.toInt());
	}

	@:op(A + B) @:commutative static inline function addInt(a:Int32, b:Int):Int32 {
		return clamp(a.toInt() + b);
	}

	@:op(A + B) @:commutative static inline function addFloat(a:Int32, b:Float):Float {
		return a.toInt() + b;
	}

	// subtraction
	@:op(A - B) static inline function sub(a:Int32, b:Int32):Int32 {
		return clamp(a.toInt() - b.toInt());
	}

	@:op(A - B) static inline function subInt(a:Int32, b:Int):Int32 {
		return clamp(a.toInt() - b);
	}

	@:op(A - B) static inline function intSub(a:Int, b:Int32):Int32 {
		return clamp(a - b.toInt());
	}

	@:op(A - B) static inline function subFloat(a:Int32, b:Float):Float {
		return a.toInt() - b;
	}

	@:op(A - B) static inline function floatSub(a:Float, b:Int32):Float {
		return a - b.toInt();
	}

	// multiplication
	@:op(A * B) static inline function mul(a:Int32, b:Int32):Int32 {
		return clamp(a.toInt() * b.toInt());
	}

	@:op(A * B) @:commutative static inline function mulInt(a:Int32, b:Int):Int32 {
		return clamp(a.toInt() * b);
	}

	@:op(A * B) @:commutative static inline function mulFloat(a:Int32, b:Float):Float {
		return a.toInt() * b;
	}

	// division always gives a Float
	@:op(A / B) static inline function div(a:Int32, b:Int32):Float {
		return a.toInt() / b.toInt();
	}

	@:op(A / B) static inline function divInt(a:Int32, b:Int):Float {
		return a.toInt() / b;
	}

	@:op(A / B) static inline function intDiv(a:Int, b:Int32):Float {
		return a / b.toInt();
	}

	@:op(A / B) static inline function divFloat(a:Int32, b:Float):Float {
		return a.toInt() / b;
	}

	@:op(A / B) static inline function floatDiv(a:Float, b:Int32):Float {
		return a / b.toInt();
	}

	// remainder
	@:op(A % B) static inline function mod(a:Int32, b:Int32):Int32 {
		return a.toInt() % b.toInt();
	}

	@:op(A % B) static inline function modInt(a:Int32, b:Int):Int {
		return a.toInt() % b;
	}

	@:op(A % B) static inline function intMod(a:Int, b:Int32):Int {
		return a % b.toInt();
	}

	@:op(A % B) static inline function modFloat(a:Int32, b:Float):Float {
		return a.toInt() % b;
	}

	@:op(A % B) static inline function floatMod(a:Float, b:Int32):Float {
		return a % b.toInt();
	}

	// equality
	@:op(A == B) static inline function eq(a:Int32, b:Int32):Bool {
		return a.toInt() == b.toInt();
	}

	@:op(A == B) @:commutative static inline function eqInt(a:Int32, b:Int):Bool {
		return a.toInt() == b;
	}

	@:op(A == B) @:commutative static inline function eqFloat(a:Int32, b:Float):Bool {
		return a.toInt() == b;
	}

	@:op(A != B) static inline function neq(a:Int32, b:Int32):Bool {
		return a.toInt() != b.toInt();
	}

	@:op(A != B) @:commutative static inline function neqInt(a:Int32, b:Int):Bool {
		return a.toInt() != b;
	}

	@:op(A != B) @:commutative static inline function neqFloat(a:Int32, b:Float):Bool {
		return a.toInt() != b;
	}

	// ordering
	@:op(A < B) static inline function lt(a:Int32, b:Int32):Bool {
		return a.toInt() < b.toInt();
	}

	@:op(A < B) static inline function ltInt(a:Int32, b:Int):Bool {
		return a.toInt() < b;
	}

	@:op(A < B) static inline function intLt(a:Int, b:Int32):Bool {
		return a < b.toInt();
	}

	@:op(A < B) static inline function ltFloat(a:Int32, b:Float):Bool {
		return a.toInt() < b;
	}

	@:op(A < B) static inline function floatLt(a:Float, b:Int32):Bool {
		return a < b.toInt();
	}

	@:op(A <= B) static inline function lte(a:Int32, b:Int32):Bool {
		return a.toInt() <= b.toInt();
	}

	@:op(A <= B) static inline function lteInt(a:Int32, b:Int):Bool {
		return a.toInt() <= b;
	}

	@:op(A <= B) static inline function intLte(a:Int, b:Int32):Bool {
		return a <= b.toInt();
	}

	@:op(A <= B) static inline function lteFloat(a:Int32, b:Float):Bool {
		return a.toInt() <= b;
	}

	@:op(A <= B) static inline function floatLte(a:Float, b:Int32):Bool {
		return a <= b.toInt();
	}

	@:op(A > B) static inline function gt(a:Int32, b:Int32):Bool {
		return a.toInt() > b.toInt();
	}

	@:op(A > B) static inline function gtInt(a:Int32, b:Int):Bool {
		return a.toInt() > b;
	}

	@:op(A > B) static inline function intGt(a:Int, b:Int32):Bool {
		return a > b.toInt();
	}

	@:op(A > B) static inline function gtFloat(a:Int32, b:Float):Bool {
		return a.toInt() > b;
	}

	@:op(A > B) static inline function floatGt(a:Float, b:Int32):Bool {
		return a > b.toInt();
	}

	@:op(A >= B) static inline function gte(a:Int32, b:Int32):Bool {
		return a.toInt() >= b.toInt();
	}

	@:op(A >= B) static inline function gteInt(a:Int32, b:Int):Bool {
		return a.toInt() >= b;
	}

	@:op(A >= B) static inline function intGte(a:Int, b:Int32):Bool {
		return a >= b.toInt();
	}

	@:op(A >= B) static inline function gteFloat(a:Int32, b:Float):Bool {
		return a.toInt() >= b;
	}

	@:op(A >= B) static inline function floatGte(a:Float, b:Int32):Bool {
		return a >= b.toInt();
	}

	// bit operations
	@:op(~A) inline function complement():Int32 {
		return clamp(~this);
	}

	@:op(A & B) static inline function and(a:Int32, b:Int32):Int32 {
		return a.toInt() & b.toInt();
	}

	@:op(A & B) @:commutative static inline function andInt(a:Int32, b:Int):Int32 {
		return a.toInt() & b;
	}

	@:op(A | B) static inline function or(a:Int32, b:Int32):Int32 {
		return a.toInt() | b.toInt();
	}

	@:op(A | B) @:commutative static inline function orInt(a:Int32, b:Int):Int32 {
		return a.toInt() | b;
	}

	@:op(A ^ B) static inline function xor(a:Int32, b:Int32):Int32 {
		return a.toInt() ^ b.toInt();
	}

	@:op(A ^ B) @:commutative static inline function xorInt(a:Int32, b:Int):Int32 {
		return a.toInt() ^ b;
	}

	@:op(A >> B) static inline function shr(a:Int32, b:Int32):Int32 {
		return a.toInt() >> b.toInt();
	}

	@:op(A >> B) static inline function shrInt(a:Int32, b:Int):Int32 {
		return a.toInt() >> b;
	}

	@:op(A >> B) static inline function intShr(a:Int, b:Int32):Int32 {
		return a >> b.toInt();
	}

	@:op(A >>> B) static inline function ushr(a:Int32, b:Int32):Int32 {
		return a.toInt() >>> b.toInt();
	}

	@:op(A >>> B) static inline function ushrInt(a:Int32, b:Int):Int32 {
		return a.toInt() >>> b;
	}

	@:op(A >>> B) static inline function intUshr(a:Int, b:Int32):Int32 {
		return a >>> b.toInt();
	}

	@:op(A << B) static inline function shl(a:Int32, b:Int32):Int32 {
		return clamp(a.toInt() << b.toInt());
	}

	@:op(A << B) static inline function shlInt(a:Int32, b:Int):Int32 {
		return clamp(a.toInt() << b);
	}

	@:op(A << B) static inline function intShl(a:Int, b:Int32):Int32 {
		return clamp(a << b.toInt());
	}

	@:to inline function toFloat():Float {
		return this;
	}

	inline function toInt():Int {
		return this;
	}

	/** Compares `a` and `b` as unsigned 32-bit numbers: negative, zero or positive. */
	public static function ucompare(a:Int32, b:Int32):Int {
		if (a.toInt() < 0)
			return b.toInt() < 0 ? (~b.toInt() - ~a.toInt()) : 1;
		return b.toInt() < 0 ? -1 : a.toInt() - b.toInt();
	}

	// reduces to 32 bits; the identity where Int is a 32-bit integer
	static inline function clamp(x:Int):Int {
		return x | 0;
	}
}
