// haxe.exceptions.PosException: an exception that records the source position where it was created.
// Real Haxe: the whole class.

package haxe.exceptions;

class PosException extends Exception {
	/** Where the exception was created (filled in by the typer when `pos` is left out). */
	public final posInfos:PosInfos;

	public function new(message:String, ?previous:Exception, ?pos:PosInfos):Void {
		super(message, previous);
		posInfos = pos != null ? pos : {
			fileName: "(unknown)",
			lineNumber: 0,
			className: "(unknown)",
			methodName: "(unknown)"
		};
	}

	/** `message in Class.method at File.hx:LINE`. */
	override function toString():String {
		return super.toString() + " in " + posInfos.className + "." + posInfos.methodName + " at " + posInfos.fileName + ":"
			+ posInfos.lineNumber;
	}
}
