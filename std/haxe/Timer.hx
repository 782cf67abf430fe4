// haxe.Timer: repeating timers, delayed calls and time stamps.
// Extern: the runtime provides the timer machinery (new, stop, delay; run is the dynamic callback),
// since it needs the host's event loop. Real Haxe (inline bodies): stamp, through Sys.time, and
// measure.

package haxe;

extern class Timer {
	/** A timer that calls run() every `time_ms` milliseconds until stop(). */
	function new(time_ms:Int):Void;

	/** Stops the timer; run() is not called again. */
	function stop():Void;

	/** What the timer calls; replace it (it is dynamic). */
	dynamic function run():Void;

	/** Calls `f` once after `time_ms` milliseconds; the timer can be stopped before that. */
	static function delay(f:Void->Void, time_ms:Int):Timer;

	/** Calls `f`, traces how many seconds it took, and gives its result. */
	static inline function measure<T>(f:Void->T, ?pos:PosInfos):T {
		var start = stamp();
		var result = f();
		Log.trace((stamp() - start) + "s", pos);
		return result;
	}

	/** A time in seconds, for measuring intervals. */
	static inline function stamp():Float {
		return Sys.time();
	}
}
