// sys.io.FileOutput: an open file written as a haxe.io.Output (from sys.io.File.write/append/update).
// Extern: provided by the runtime's platform layer.

package sys.io;

extern class FileOutput extends haxe.io.Output {
	function seek(p:Int, pos:FileSeek):Void;
	function tell():Int;
}
