// haxe.exceptions.ArgumentException: thrown when a function is given an invalid argument value.
// Real Haxe: the whole class.

package haxe.exceptions;

class ArgumentException extends PosException {
	/** The name of the invalid argument. */
	public final argument:String;

	public function new(argument:String, ?message:String, ?previous:Exception, ?pos:PosInfos):Void {
		super(message == null ? 'Invalid argument "$argument"' : message, previous, pos);
		this.argument = argument;
	}
}
