// haxe.io.Eof: thrown by haxe.io.Input when the input has no more data. Real Haxe: the whole class.

package haxe.io;

class Eof {
	public function new() {}

	@:keep
	function toString():String {
		return "Eof";
	}
}
