// EReg: regular expressions (what `~/pattern/flags` creates).
// Extern: the runtime provides the regular-expression engine and every member; no Haxe bodies.

extern class EReg {
	/** A regular expression for pattern `r` with flags `opt` (i, g, m, s, u). */
	function new(r:String, opt:String):Void;

	/** Whether `s` matches; remembers the match for matched/matchedLeft/... */
	function match(s:String):Bool;

	/** Group `n` of the last match (0 is the whole match). */
	function matched(n:Int):String;

	/** The text before the last match. */
	function matchedLeft():String;

	/** The text after the last match. */
	function matchedRight():String;

	/** Position and length of the last match. */
	function matchedPos():{pos:Int, len:Int};

	/** Like match, on `len` units of `s` from `pos` (-1: to the end). */
	function matchSub(s:String, pos:Int, len:Int = -1):Bool;

	/** `s` split at matches (at the first one only, without the g flag). */
	function split(s:String):Array<String>;

	/** `s` with matches replaced by `by`, where `$1`.. are groups and `$$` is `$`. */
	function replace(s:String, by:String):String;

	/** `s` with each match replaced by what `f` returns for it. */
	function map(s:String, f:EReg->String):String;

	/** `s` with the characters that are special in patterns escaped. */
	static function escape(s:String):String;
}
