// Null<Int> and optional arguments: nullable basic types, null checks, `?arg` parameters, default values
// (for Int, String and Bool, omitted from the end and skipped in the middle), null-coalescing by hand.
class Main {
	static function greet(name:String, ?greeting:String):String {
		if (greeting == null) greeting = "Hello";
		return greeting + ", " + name;
	}

	static function scale(x:Int, factor:Int = 10, offset:Int = 1):Int return x * factor + offset;

	static function flag(on:Bool = true):String return on ? "on" : "off";

	static function label(?n:Null<Int>):String return n == null ? "none" : "n=" + n;

	static function tag(s:String = "dflt", ?suffix:String):String return s + (suffix == null ? "" : suffix);

	static function main() {
		var a:Null<Int> = null;
		Sys.println(a == null);
		a = 0;
		Sys.println(a == null);
		Sys.println(a + 5);
		var b:Null<Int> = 7;
		var c = if (b != null) b * 2 else -1;
		Sys.println(c);
		var arr:Array<Null<Int>> = [1, null, 3];
		var sum = 0;
		for (x in arr) if (x != null) sum += x;
		Sys.println(sum + " " + arr);
		Sys.println(greet("Ann"));
		Sys.println(greet("Ann", "Hi"));
		Sys.println(scale(3));
		Sys.println(scale(3, 2));
		Sys.println(scale(3, 2, 0));
		Sys.println(flag() + " " + flag(false));
		Sys.println(label() + " " + label(0) + " " + label(5));
		Sys.println(tag() + " " + tag("x") + " " + tag("x", "!"));
		var f:Null<Float> = null;
		Sys.println(f == null ? "no float" : "float");
		f = 2.5;
		Sys.println(f * 2);
		var s:Null<String> = null;
		var t = s != null ? s : "fallback";
		Sys.println(t);
		var bools:Array<Null<Bool>> = [true, null, false];
		Sys.println(bools.map(x -> x == null ? "?" : (x ? "T" : "F")).join(""));
	}
}
