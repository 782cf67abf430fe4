// haxe.io.StringInput: a haxe.io.Input reading the UTF-8 bytes of a String.
// Real Haxe: a BytesInput over Bytes.ofString.

package haxe.io;

class StringInput extends BytesInput {
	public function new(s:String) {
		super(Bytes.ofString(s));
	}
}
