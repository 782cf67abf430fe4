// Date: a point in time, with local and UTC calendar fields.
// Real Haxe: the value is its time in milliseconds since the epoch; calendar fields come from a
// proleptic Gregorian day-count conversion. rayzor's hosts expose no time-zone database, so local
// time is UTC (getTimezoneOffset() is 0 and the local getters equal the UTC ones).

import rayzor.Host;

class Date {
	static inline var MS_PER_DAY = 86400000.0;

	var t:Float;

	/** The local time year-month-day hour:min:sec (month 0..11; out-of-range fields carry over, as in JS). */
	public function new(year:Int, month:Int, day:Int, hour:Int, min:Int, sec:Int):Void {
		// Months beyond 0..11 move the year, so that e.g. month 12 is January of the next year.
		var y = year + Math.floor(month / 12);
		var m = month - Math.floor(month / 12) * 12;
		var days = daysFromCivil(y, m + 1, 1) + (day - 1);
		t = ((days * 24.0 + hour) * 60.0 + min) * 60000.0 + sec * 1000.0;
	}

	/** Milliseconds since the epoch (1970-01-01 UTC). */
	public function getTime():Float {
		return t;
	}

	public function getHours():Int {
		return getUTCHours();
	}

	public function getMinutes():Int {
		return getUTCMinutes();
	}

	public function getSeconds():Int {
		return getUTCSeconds();
	}

	public function getFullYear():Int {
		return getUTCFullYear();
	}

	/** Month 0..11. */
	public function getMonth():Int {
		return getUTCMonth();
	}

	/** Day of the month 1..31. */
	public function getDate():Int {
		return getUTCDate();
	}

	/** Day of the week 0 (Sunday) to 6. */
	public function getDay():Int {
		return getUTCDay();
	}

	public function getUTCHours():Int {
		return Std.int(msOfDay() / 3600000);
	}

	public function getUTCMinutes():Int {
		return Std.int(msOfDay() / 60000) % 60;
	}

	public function getUTCSeconds():Int {
		return Std.int(msOfDay() / 1000) % 60;
	}

	public function getUTCFullYear():Int {
		return civil()[0];
	}

	public function getUTCMonth():Int {
		return civil()[1] - 1;
	}

	public function getUTCDate():Int {
		return civil()[2];
	}

	public function getUTCDay():Int {
		// 1970-01-01 was a Thursday (4).
		var d = (dayNumber() + 4) % 7;
		return d < 0 ? d + 7 : d;
	}

	/** Minutes to add to local time to get UTC (local time is UTC on rayzor). */
	public function getTimezoneOffset():Int {
		return 0;
	}

	/** `YYYY-MM-DD hh:mm:ss` in local time. */
	public function toString():String {
		return getFullYear() + "-" + two(getMonth() + 1) + "-" + two(getDate()) + " " + two(getHours()) + ":" + two(getMinutes()) + ":"
			+ two(getSeconds());
	}

	/** The current time. */
	public static function now():Date {
		return fromTime(Host.time() * 1000.0);
	}

	/** The date `t` milliseconds after the epoch. */
	public static function fromTime(t:Float):Date {
		var d = new Date(1970, 0, 1, 0, 0, 0);
		d.t = t;
		return d;
	}

	/** Parses `YYYY-MM-DD hh:mm:ss`, `YYYY-MM-DD` or `hh:mm:ss`. */
	public static function fromString(s:String):Date {
		switch (s.length) {
			case 8: // hh:mm:ss: that time of day on the epoch's day.
				var k = s.split(":");
				return fromTime(Std.parseInt(k[0]) * 3600000.0 + Std.parseInt(k[1]) * 60000.0 + Std.parseInt(k[2]) * 1000.0);
			case 10: // YYYY-MM-DD
				var k = s.split("-");
				return new Date(Std.parseInt(k[0]), Std.parseInt(k[1]) - 1, Std.parseInt(k[2]), 0, 0, 0);
			case 19: // YYYY-MM-DD hh:mm:ss
				var k = s.split(" ");
				var y = k[0].split("-");
				var t = k[1].split(":");
				return new Date(Std.parseInt(y[0]), Std.parseInt(y[1]) - 1, Std.parseInt(y[2]), Std.parseInt(t[0]), Std.parseInt(t[1]), Std.parseInt(t[2]));
			default:
				throw "Invalid date format : " + s;
		}
	}

	static function two(v:Int):String {
		return v < 10 ? "0" + v : "" + v;
	}

	/** Days since the epoch of this date's UTC day (negative before 1970). */
	function dayNumber():Int {
		return Std.int(Math.floor(t / MS_PER_DAY));
	}

	function msOfDay():Float {
		return t - Math.floor(t / MS_PER_DAY) * MS_PER_DAY;
	}

	/**
	 * [year, month 1..12, day 1..31] of this date's UTC day. The count is shifted to start on
	 * 0000-03-01 so that the leap day ends each 400-year era's years, which keeps the arithmetic free
	 * of month-length tables.
	 */
	function civil():Array<Int> {
		var z = dayNumber() + 719468;
		var era = Math.floor(z / 146097);
		var doe = z - era * 146097; // day of era, 0..146096
		var yoe = Std.int((doe - Std.int(doe / 1460) + Std.int(doe / 36524) - Std.int(doe / 146096)) / 365); // 0..399
		var doy = doe - (365 * yoe + Std.int(yoe / 4) - Std.int(yoe / 100)); // day of the March-based year
		var mp = Std.int((5 * doy + 2) / 153); // March = 0
		var day = doy - Std.int((153 * mp + 2) / 5) + 1;
		var month = mp < 10 ? mp + 3 : mp - 9;
		var year = yoe + era * 400 + (month <= 2 ? 1 : 0);
		return [year, month, day];
	}

	/** Days since the epoch of year-month(1..12)-day(1..31); the inverse of civil(). */
	static function daysFromCivil(year:Int, month:Int, day:Int):Int {
		var y = month <= 2 ? year - 1 : year;
		var era = Math.floor(y / 400);
		var yoe = y - era * 400;
		var doy = Std.int((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
		var doe = yoe * 365 + Std.int(yoe / 4) - Std.int(yoe / 100) + doy;
		return era * 146097 + doe - 719468;
	}
}
