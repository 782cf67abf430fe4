// sys.io.FileInput: an open file read as a haxe.io.Input (from sys.io.File.read).
// Extern: provided by the runtime's platform layer.

package sys.io;

extern class FileInput extends haxe.io.Input {
	function seek(p:Int, pos:FileSeek):Void;
	function tell():Int;
	function eof():Bool;
}
