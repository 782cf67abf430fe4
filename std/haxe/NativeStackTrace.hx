// haxe.NativeStackTrace: capture of call stacks, in the runtime's own format.
// Extern: the runtime provides every member (it knows its frames); no Haxe bodies. haxe.CallStack
// and haxe.Exception turn these native stacks into StackItem arrays.

package haxe;

import haxe.CallStack.StackItem;

@:dox(hide)
@:noCompletion
extern class NativeStackTrace {
	/** Remembers the stack of `exception` as it is thrown. */
	static function saveStack(exception:Any):Void;

	/** The current call stack. */
	static function callStack():Any;

	/** The stack of the exception being handled. */
	static function exceptionStack():Any;

	/** A native stack as StackItems, without its first `skip` frames. */
	static function toHaxe(nativeStackTrace:Any, skip:Int = 0):Array<StackItem>;
}
