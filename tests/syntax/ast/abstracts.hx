abstract Meters(Float) {
	public inline function new(f:Float) this = f;
}

abstract Celsius(Float) from Float to Float {}

abstract Multi(Int) from Int from UInt to Int to Float {
	@:from static function fromString(s:String):Multi return new Multi(Std.parseInt(s));
	@:to function toString():String return Std.string(this);
	@:op(A + B) function add(rhs:Multi):Multi return new Multi(this + rhs.toInt());
	@:op(A * B) @:commutative static function mul(a:Multi, b:Int):Multi;
	@:arrayAccess function get(i:Int):Int return this;
	@:arrayAccess function set(i:Int, v:Int):Int return v;
	@:op(!A) function not():Bool;
	@:op(A...B) function range(b:Multi):Multi;
	@:op(A += B) function addAssign(b:Multi):Multi;
	@:op(a.b) function resolve(name:String):Int;
	function toInt():Int return this;
}

abstract Gen<T>(Array<T>) from Array<T> {}
abstract Fn(Int->Void) to Int->Void {}
@:coreType abstract Core {}
@:coreType abstract Core2 from Int {}
private abstract Priv(Int) {}
extern abstract Ext(Int) {}
abstract Paren((Int)) {}
abstract Struct({x:Int}) from {x:Int} {}
