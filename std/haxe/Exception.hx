// haxe.Exception: the base class of exceptions; `catch (e:haxe.Exception)` catches every thrown
// value (non-Exception values arrive wrapped in a haxe.ValueException).
// Real Haxe: the whole class. The call stack is captured at construction through
// haxe.NativeStackTrace, which the runtime provides; the typer inserts the calls to the private
// static `caught` (at a catch) and `thrown` (at a throw), as Haxe 4.2 does.

package haxe;

class Exception {
	/** The message given to the constructor. */
	public var message(get, never):String;

	/** The call stack where this exception was created (or where its native value was thrown). */
	public var stack(get, never):CallStack;

	/** The exception that caused this one, if any. */
	public var previous(get, never):Null<Exception>;

	/** What is really thrown: this exception itself, or the native value it wraps. */
	public var native(get, never):Any;

	var msg:String;
	var cause:Null<Exception>;
	var nativeValue:Any;
	var nativeStack:Any;
	var skipFrames:Int = 0;
	var stackCache:Null<CallStack>;

	/** What a catch of a non-Exception type tests and binds: a ValueException's value, else `value`. */
	@:noCompletion static function __unwrapCaught(value:Any):Any {
		if (Std.isOfType(value, ValueException))
			return (cast value : ValueException).value;
		return value;
	}

	/** The exception for a caught value: the value itself if it is an Exception, else a wrapper. */
	static function caught(value:Any):Exception {
		if (Std.isOfType(value, Exception))
			return (value : Exception);
		return new ValueException(value, null, value);
	}

	/** The value to throw for `throw value`: an Exception's native value, or a wrapper. */
	static function thrown(value:Any):Any {
		if (Std.isOfType(value, Exception))
			return (value : Exception).native;
		var wrapped = new ValueException(value);
		wrapped.skipFrames++; // the frame of this function is not the thrower's
		return wrapped;
	}

	/**
		An exception with `message`, caused by `previous`; `native` is the underlying thrown value
		when this exception wraps one.
	**/
	public function new(message:String, ?previous:Exception, ?native:Any) {
		msg = message;
		cause = previous;
		if (native != null) {
			nativeValue = native;
			nativeStack = NativeStackTrace.exceptionStack();
		} else {
			nativeValue = this;
			nativeStack = NativeStackTrace.callStack();
		}
	}

	/** The value a catch of a non-Exception type should see. */
	function unwrap():Any {
		return nativeValue;
	}

	/** The message. */
	public function toString():String {
		return message;
	}

	/** `Exception: message`, the stack, and likewise for each previous exception. */
	public function details():String {
		return CallStack.exceptionToString(this);
	}

	function get_message():String {
		return msg;
	}

	function get_previous():Null<Exception> {
		return cause;
	}

	final function get_native():Any {
		return nativeValue;
	}

	function get_stack():CallStack {
		if (stackCache == null)
			stackCache = NativeStackTrace.toHaxe(nativeStack, skipFrames);
		return stackCache;
	}
}
