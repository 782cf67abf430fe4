// haxe.ValueException: wraps a thrown value that is not a haxe.Exception.
// Real Haxe: the whole class.

package haxe;

class ValueException extends Exception {
	/** The thrown value. */
	public var value(default, null):Any;

	public function new(value:Any, ?previous:Exception, ?native:Any):Void {
		super(Std.string(value), previous, native);
		this.value = value;
	}

	override function unwrap():Any {
		return value;
	}
}
