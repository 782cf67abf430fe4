// rayzor.Host: the platform layer, the few primitives the runtime cannot write in Haxe.
// Extern: each is a MIR external function `@rayzor_host_<name>` that every executor provides: the
// interpreter and the wasm JIT from JavaScript, native executables from libc. runtime/README.md lists
// them with their exact MIR signatures.

package rayzor;

extern class Host {
	/** Writes `len` bytes at `buf` to file descriptor `fd` (1 stdout, 2 stderr). */
	static function write(fd:Int, buf:Ptr, len:Int):Void;

	/** Ends the process with `code`. */
	static function exit(code:Int):Void;

	/** Wall-clock seconds since the Unix epoch. */
	static function time():Float;

	/** CPU (or monotonic) seconds since the process started. */
	static function cpuTime():Float;

	/** Grows the heap by `bytes` (a multiple of 65536) and gives the start of the new region, or nil when the platform has no more memory. */
	static function sbrk(bytes:Int):Ptr;

	/** Number of program arguments (those after `--`). */
	static function argCount():Int;

	/** Length in UTF-16 code units of argument `i`. */
	static function argLength(i:Int):Int;

	/** Copies argument `i` as UTF-16 code units to `buf`. */
	static function argCopy(i:Int, buf:Ptr):Void;

	/** Writes `f` as ASCII bytes in Haxe's Std.string form (shortest round trip; "NaN", "Infinity", "1e+21") to `buf` (at least 32 bytes) and gives the length. */
	static function formatFloat(f:Float, buf:Ptr):Int;

	/** Std.parseFloat of `len` UTF-16 code units at `buf`. */
	static function parseFloat(buf:Ptr, len:Int):Float;

	static function sin(x:Float):Float;
	static function cos(x:Float):Float;
	static function tan(x:Float):Float;
	static function asin(x:Float):Float;
	static function acos(x:Float):Float;
	static function atan(x:Float):Float;
	static function atan2(y:Float, x:Float):Float;
	static function exp(x:Float):Float;
	static function log(x:Float):Float;
	static function pow(x:Float, y:Float):Float;
}
