// Date: a point in time, with local and UTC calendar fields.
// Extern: every member is provided by the runtime (clock and time-zone conversions); no Haxe bodies.

extern class Date {
	/** The local time year-month-day hour:min:sec (month 0..11). */
	function new(year:Int, month:Int, day:Int, hour:Int, min:Int, sec:Int):Void;

	/** Milliseconds since the epoch (1970-01-01 UTC). */
	function getTime():Float;

	function getHours():Int;
	function getMinutes():Int;
	function getSeconds():Int;
	function getFullYear():Int;

	/** Month 0..11. */
	function getMonth():Int;

	/** Day of the month 1..31. */
	function getDate():Int;

	/** Day of the week 0 (Sunday) to 6. */
	function getDay():Int;

	function getUTCHours():Int;
	function getUTCMinutes():Int;
	function getUTCSeconds():Int;
	function getUTCFullYear():Int;
	function getUTCMonth():Int;
	function getUTCDate():Int;
	function getUTCDay():Int;

	/** Minutes to add to local time to get UTC. */
	function getTimezoneOffset():Int;

	/** `YYYY-MM-DD hh:mm:ss` in local time. */
	function toString():String;

	/** The current time. */
	static function now():Date;

	/** The date `t` milliseconds after the epoch. */
	static function fromTime(t:Float):Date;

	/** Parses `YYYY-MM-DD hh:mm:ss`, `YYYY-MM-DD` or `hh:mm:ss`. */
	static function fromString(s:String):Date;
}
