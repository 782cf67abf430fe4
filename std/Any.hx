// Any: a value of any type that must be cast or assigned before it is used.
// Real Haxe: the whole abstract (an abstract over Dynamic whose conversions are inline casts);
// nothing here is provided by the runtime.

@:forward.variance
abstract Any(Dynamic) {
	// Any converts implicitly to every type...
	@:noCompletion @:to extern inline function toAnything<T>():T {
		return this;
	}

	// ...and every type converts implicitly to Any.
	@:noCompletion @:from extern inline static function fromAnything<T>(v:T):Any {
		return cast v;
	}

	@:noCompletion extern inline function toString():String {
		return Std.string(this);
	}
}
