// haxe.exceptions.NotImplementedException: thrown by code that is not written yet.
// Real Haxe: the whole class.

package haxe.exceptions;

class NotImplementedException extends PosException {
	public function new(message:String = "Not implemented", ?previous:Exception, ?pos:PosInfos):Void {
		super(message, previous, pos);
	}
}
