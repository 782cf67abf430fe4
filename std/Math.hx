// Math: floating point constants and functions.
// Extern: every member is provided by the runtime (wasm f64 instructions or libm); no Haxe bodies.

@:pure
extern class Math {
	static var PI(default, null):Float;
	static var NEGATIVE_INFINITY(default, null):Float;
	static var POSITIVE_INFINITY(default, null):Float;
	static var NaN(default, null):Float;

	static function abs(v:Float):Float;
	static function min(a:Float, b:Float):Float;
	static function max(a:Float, b:Float):Float;
	static function sin(v:Float):Float;
	static function cos(v:Float):Float;
	static function tan(v:Float):Float;
	static function asin(v:Float):Float;
	static function acos(v:Float):Float;
	static function atan(v:Float):Float;
	static function atan2(y:Float, x:Float):Float;
	static function exp(v:Float):Float;
	static function log(v:Float):Float;
	static function pow(v:Float, exp:Float):Float;
	static function sqrt(v:Float):Float;

	/** Nearest Int; halves round towards positive infinity. */
	static function round(v:Float):Int;

	static function floor(v:Float):Int;
	static function ceil(v:Float):Int;

	/** A Float in [0, 1). */
	static function random():Float;

	// the same roundings, keeping the result a Float
	static function ffloor(v:Float):Float;
	static function fceil(v:Float):Float;
	static function fround(v:Float):Float;

	static function isFinite(f:Float):Bool;
	static function isNaN(f:Float):Bool;
}
