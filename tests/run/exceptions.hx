// Exceptions: throwing and catching by type (class hierarchy, String, Int, haxe.Exception), wrapping of
// non-Exception values, rethrowing, exceptions crossing calls and loops, nested try blocks.
import haxe.Exception;

class AppError extends Exception {
	public var code:Int;

	public function new(msg:String, code:Int) {
		super(msg);
		this.code = code;
	}
}

class NotFound extends AppError {
	public function new(what:String) super("not found: " + what, 404);
}

class Main {
	static function risky(kind:Int):String {
		switch kind {
			case 0:
				return "fine";
			case 1:
				throw "a string";
			case 2:
				throw 42;
			case 3:
				throw new NotFound("page");
			case 4:
				throw new AppError("bad", 500);
			default:
				throw new Exception("plain");
		}
	}

	static function attempt(kind:Int):String {
		try {
			return risky(kind);
		} catch (e:NotFound) {
			return "NotFound " + e.code + " " + e.message;
		} catch (e:AppError) {
			return "AppError " + e.code + " " + e.message;
		} catch (s:String) {
			return "String " + s;
		} catch (i:Int) {
			return "Int " + i;
		} catch (e:Exception) {
			return "Exception " + e.message;
		}
	}

	static function rethrows():Void {
		try {
			risky(3);
		} catch (e:AppError) {
			Sys.println("cleanup after " + e.message);
			throw e;
		}
	}

	static function depth(n:Int):Int {
		if (n == 0) throw new AppError("bottom", n);
		return depth(n - 1) + 1;
	}

	static function main() {
		for (k in 0...6) Sys.println(attempt(k));
		try {
			rethrows();
		} catch (e:NotFound) {
			Sys.println("outer caught " + e.code);
		}
		try {
			throw "wrapped";
		} catch (e:Exception) {
			Sys.println("as Exception: " + e.message);
		}
		try {
			depth(50);
		} catch (e:AppError) {
			Sys.println("from depth: " + e.message + " " + e.code);
		}
		var sum = 0;
		for (i in 0...10) {
			try {
				if (i % 3 == 0) throw i;
				sum += i;
			} catch (x:Int) {
				sum += 100;
			}
		}
		Sys.println(sum);
		try {
			try {
				throw new NotFound("inner");
			} catch (e:String) {
				Sys.println("wrong handler");
			}
		} catch (e:Exception) {
			Sys.println("passed through: " + e.message);
		}
		var r = try risky(2) catch (e:Dynamic) "dynamic " + e;
		Sys.println(r);
		var e = new AppError("shown", 1);
		Sys.println(e.toString());
	}
}
