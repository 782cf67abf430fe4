import haxe.Exception;
import haxe.ValueException;

class AppError extends Exception {
	public var code:Int;

	public function new(code:Int, msg:String, ?previous:Exception) {
		super(msg, previous);
		this.code = code;
	}

	override function toString():String {
		return "AppError(" + code + "): " + message;
	}
}

class NotFound extends AppError {
	public function new(what:String) {
		super(404, what + " not found");
	}
}

enum Failure {
	Timeout(ms:Int);
	Refused;
}

class Resource {
	public var name:String;
	public var open:Bool = false;
	public static var log:Array<String> = [];

	public function new(name:String) {
		this.name = name;
	}

	public function use(fail:Bool) {
		open = true;
		log.push("open " + name);
		try {
			if (fail) throw new AppError(500, "failure in " + name);
			log.push("used " + name);
		} catch (e:Exception) {
			open = false;
			log.push("closed " + name + " after error");
			throw e;
		}
		open = false;
		log.push("closed " + name);
	}
}

class Main {
	static function risky(kind:Int):String {
		switch (kind) {
			case 0:
				return "ok";
			case 1:
				throw "string error";
			case 2:
				throw 42;
			case 3:
				throw new NotFound("user");
			case 4:
				throw Timeout(250);
			case 5:
				throw {code: 7, text: "anon"};
			case 6:
				var a:Array<Int> = null;
				return "" + a.length;
			default:
				throw new Exception("generic " + kind);
		}
	}

	static function describe(kind:Int):String {
		try {
			return risky(kind);
		} catch (e:NotFound) {
			return "NotFound code=" + e.code + " msg=" + e.message;
		} catch (e:AppError) {
			return "AppError " + e.code;
		} catch (s:String) {
			return "String: " + s;
		} catch (i:Int) {
			return "Int: " + (i + 1);
		} catch (f:Failure) {
			return "Failure: " + Std.string(f);
		} catch (e:Exception) {
			return "Exception: " + e.message;
		} catch (d:Dynamic) {
			return "Dynamic: " + d.code + " " + d.text;
		}
	}

	static function main() {
		for (k in [0, 1, 2, 3, 4, 5, 7])
			Sys.println(k + " -> " + describe(k));

		// wrapping a non-exception value
		try {
			throw "raw";
		} catch (e:Exception) {
			Sys.println("caught as Exception: " + e.message + " isValue=" + Std.isOfType(e, ValueException));
			var ve:ValueException = cast e;
			Sys.println("value: " + ve.value);
		}

		// chained
		try {
			try {
				throw new NotFound("file");
			} catch (e:AppError) {
				throw new AppError(1, "wrapped", e);
			}
		} catch (e:AppError) {
			Sys.println(e.toString());
			Sys.println("previous: " + (e.previous != null ? e.previous.message : "none"));
			Sys.println("details contains: " + (e.details().indexOf("wrapped") >= 0));
		}

		// rethrow preserves type
		var r1 = new Resource("db");
		var r2 = new Resource("cache");
		r1.use(false);
		try {
			r2.use(true);
		} catch (e:AppError) {
			Sys.println("outer caught " + e.code + " open=" + r2.open);
		}
		for (l in Resource.log) Sys.println("  " + l);

		// exceptions through closures and loops
		var results = [];
		for (i in 0...5) {
			var f = function() {
				if (i % 2 == 1) throw new AppError(i, "odd " + i);
				return i * 10;
			};
			try {
				results.push(Std.string(f()));
			} catch (e:AppError) {
				results.push("E" + e.code);
			}
		}
		Sys.println(results.join(","));

		// Std.string on exception, message of Exception
		var ex = new Exception("plain");
		Sys.println(Std.string(ex.message) + " " + ex.toString());
		var ae:Exception = new NotFound("page");
		Sys.println(Std.string(ae));
		Sys.println(Std.isOfType(ae, AppError) + " " + Std.isOfType(ae, NotFound));

		// catch then continue
		var count = 0;
		for (i in 0...10) {
			try {
				if (i % 3 == 0) throw i;
				count++;
			} catch (e:Int) {
				count += 100;
			}
		}
		Sys.println("count=" + count);
	}
}
