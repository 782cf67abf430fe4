// Sys: the process and its environment, over the platform layer (rayzor.Host).
// Takes: values to print (any type, through Std.string), exit codes. Gives: output on stdout as
// UTF-8 (rayzor.rt.Io, unbuffered), the program arguments (those after `--`), clocks.
// rayzor's hosts have no environment variables, working directory, child processes or console
// input: those members give the neutral answers written on each (null, ".", -1, ...).
// rayzor.rt.Io is named in full inside bodies rather than imported, so that a module using Sys loads
// without runtime/ on the class path.

import rayzor.Host;
import rayzor.Ptr;

@:require(sys)
class Sys {
	/** Writes `Std.string(v)` to stdout. */
	public static function print(v:Dynamic):Void {
		rayzor.rt.Io.print(Std.string(v));
	}

	/** Writes `Std.string(v)` and a newline to stdout. */
	public static function println(v:Dynamic):Void {
		rayzor.rt.Io.println(Std.string(v));
	}

	/** The program arguments (a new array each call). */
	public static function args():Array<String> {
		var n = Host.argCount();
		var out = new Array<String>();
		for (i in 0...n) {
			var len = Host.argLength(i);
			var s = String.__alloc(len);
			Host.argCopy(i, Ptr.ofObject(s).add(12));
			out.push(s);
		}
		return out;
	}

	/** null: the hosts have no environment. */
	public static function getEnv(s:String):String {
		return null;
	}

	/** Ignored: the hosts have no environment. */
	public static function putEnv(s:String, v:String):Void {}

	/** An empty map: the hosts have no environment. */
	public static function environment():Map<String, String> {
		return new Map<String, String>();
	}

	/** Waits `seconds` (by watching the clock: the hosts have no sleep primitive). */
	public static function sleep(seconds:Float):Void {
		var end = Host.time() + seconds;
		while (Host.time() < end) {}
	}

	/** false: there is no locale to set. */
	public static function setTimeLocale(loc:String):Bool {
		return false;
	}

	/** ".": the hosts have no notion of a working directory. */
	public static function getCwd():String {
		return ".";
	}

	/** Ignored (see getCwd). */
	public static function setCwd(s:String):Void {}

	/** "Linux" (the wasm and interpreter hosts report the same name as native builds). */
	public static function systemName():String {
		return "Linux";
	}

	/** -1: running commands is not supported. */
	public static function command(cmd:String, ?args:Array<String>):Int {
		return -1;
	}

	/** Ends the program with `code`. */
	public static function exit(code:Int):Void {
		Host.exit(code);
	}

	/** Seconds since the epoch, with sub-second precision. */
	public static function time():Float {
		return Host.time();
	}

	/** CPU seconds used by this process (monotonic seconds on hosts without a CPU clock). */
	public static function cpuTime():Float {
		return Host.cpuTime();
	}

	@:deprecated("Use programPath instead") public static function executablePath():String {
		return programPath();
	}

	/** "": the hosts do not tell the program's path. */
	public static function programPath():String {
		return "";
	}

	/** -1: there is no console input. */
	public static function getChar(echo:Bool):Int {
		return -1;
	}

	/** An input that is always at its end (there is no console input). */
	public static function stdin():haxe.io.Input {
		return new SysInput();
	}

	/** stdout as a haxe.io.Output (bytes go to the host unchanged). */
	public static function stdout():haxe.io.Output {
		return new SysOutput(1);
	}

	/** stderr as a haxe.io.Output. */
	public static function stderr():haxe.io.Output {
		return new SysOutput(2);
	}
}

/** What Sys.stdout()/stderr() give: every write goes straight to Host.write. */
private class SysOutput extends haxe.io.Output {
	var fd:Int;
	var one:Ptr;

	public function new(fd:Int) {
		this.fd = fd;
		one = Ptr.alloc(1);
	}

	override public function writeByte(c:Int):Void {
		one.setU8(0, c);
		Host.write(fd, one, 1);
	}

	override public function writeBytes(s:haxe.io.Bytes, pos:Int, len:Int):Int {
		if (pos < 0 || len < 0 || pos + len > s.length)
			throw haxe.io.Error.OutsideBounds;
		Host.write(fd, s.__ptr().add(pos), len);
		return len;
	}
}

/** What Sys.stdin() gives: at its end from the start. */
private class SysInput extends haxe.io.Input {
	public function new() {}

	override public function readByte():Int {
		throw new haxe.io.Eof();
	}
}
