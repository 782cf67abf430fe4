// sys.io.Process: a child process with its standard streams.
// Extern: provided by the runtime's platform layer.

package sys.io;

extern class Process {
	var stdout(default, null):haxe.io.Input;
	var stderr(default, null):haxe.io.Input;
	var stdin(default, null):haxe.io.Output;

	/** Runs `cmd` (through the shell when `args` is null). */
	function new(cmd:String, ?args:Array<String>, ?detached:Bool):Void;

	function getPid():Int;

	/** The exit code; with `block` false, null while the process still runs. */
	function exitCode(block:Bool = true):Null<Int>;

	function close():Void;
	function kill():Void;
}
