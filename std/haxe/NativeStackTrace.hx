// haxe.NativeStackTrace: capture of call stacks, in the runtime's own format.
// Real Haxe: call stacks are not recorded yet on rayzor (empty stacks); the uncaught-exception
// message names the value only. haxe.CallStack
// and haxe.Exception turn these native stacks into StackItem arrays.

package haxe;

import haxe.CallStack.StackItem;

@:dox(hide)
@:noCompletion
class NativeStackTrace {
	/** Remembers the stack of `exception` as it is thrown. */
	public static function saveStack(exception:Any):Void {}

	/** The current call stack. */
	public static function callStack():Any {
		return null;
	}

	/** The stack of the exception being handled. */
	public static function exceptionStack():Any {
		return null;
	}

	/** A native stack as StackItems, without its first `skip` frames. */
	public static function toHaxe(nativeStackTrace:Any, skip:Int = 0):Array<StackItem> {
		return [];
	}
}
