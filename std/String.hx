// String: an immutable sequence of UTF-16 code units (indices and lengths count code units).
// Extern: every member is provided by the runtime's string implementation; nothing here has a body.

extern class String {
	/** Number of UTF-16 code units. */
	var length(default, null):Int;

	/** A string with the same characters as `string`. */
	function new(string:String):Void;

	function toUpperCase():String;

	function toLowerCase():String;

	/** The one-unit string at `index`, or "" when `index` is out of range. */
	function charAt(index:Int):String;

	/** The code unit at `index`, or null when `index` is out of range. */
	function charCodeAt(index:Int):Null<Int>;

	/** First position of `str` at or after `startIndex` (default 0), or -1. */
	function indexOf(str:String, ?startIndex:Int):Int;

	/** Last position of `str` at or before `startIndex` (default: the end), or -1. */
	function lastIndexOf(str:String, ?startIndex:Int):Int;

	/** The parts between occurrences of `delimiter`; "" splits into single units. */
	function split(delimiter:String):Array<String>;

	/** `len` units from `pos` (negative `pos` counts from the end); all the rest when `len` is omitted. */
	function substr(pos:Int, ?len:Int):String;

	/** Units from `startIndex` up to, not including, `endIndex` (default: the end); swaps reversed bounds. */
	function substring(startIndex:Int, ?endIndex:Int):String;

	function toString():String;

	/** The string of one character with code `code` (a surrogate pair above 0xFFFF). */
	@:pure static function fromCharCode(code:Int):String;
}
