using StringTools;
using Lambda;
using Main.ArrayExt;
using Main.IntExt;
using Main.ShapeTools;

class ArrayExt {
	public static function sumInts(a:Array<Int>):Int {
		var s = 0;
		for (x in a) s += x;
		return s;
	}

	public static function average(a:Array<Float>):Float {
		if (a.length == 0) return 0;
		var s = 0.0;
		for (x in a) s += x;
		return s / a.length;
	}

	public static function chunk<T>(a:Array<T>, n:Int):Array<Array<T>> {
		var out = [];
		var i = 0;
		while (i < a.length) {
			out.push(a.slice(i, i + n));
			i += n;
		}
		return out;
	}

	public static function firstOr<T>(a:Array<T>, d:T):T return a.length > 0 ? a[0] : d;
}

class IntExt {
	public static function times(n:Int, f:Int->Void):Void for (i in 0...n) f(i);

	public static function isEven(n:Int):Bool return n % 2 == 0;

	public static function clamp(n:Int, lo:Int, hi:Int):Int return n < lo ? lo : (n > hi ? hi : n);

	public static function pow(n:Int, e:Int):Int {
		var r = 1;
		for (_ in 0...e) r *= n;
		return r;
	}
}

enum Shape {
	Circle(r:Float);
	Square(s:Float);
}

class ShapeTools {
	public static function area(s:Shape):Float {
		return switch (s) {
			case Circle(r): Math.PI * r * r;
			case Square(x): x * x;
		}
	}

	public static function label(s:Shape):String return Type.enumConstructor(s).toLowerCase();
}

class Main {
	static function main() {
		// StringTools
		var s = "  Hello, Haxe World  ";
		Sys.println("[" + s.trim() + "] [" + s.ltrim() + "] [" + s.rtrim() + "]");
		Sys.println("hello".startsWith("he") + " " + "hello".endsWith("lo") + " " + "hello".startsWith("lo"));
		Sys.println("a-b-c".replace("-", "+") + " " + "aaa".replace("a", "bb"));
		Sys.println("7".lpad("0", 3) + " " + "ab".rpad("*", 5));
		Sys.println("x".isSpace(0) + " " + " x".isSpace(0) + " " + "tab\there".contains("\t"));
		Sys.println(255.hex() + " " + 3054.hex(8));
		Sys.println("quote \"me\"".quoteUnixArg());
		Sys.println("abc".fastCodeAt(1) + " " + "héllo".urlEncode());

		// Lambda as extension
		var nums = [5, 3, 8, 1, 9, 2];
		Sys.println(nums.exists(x -> x > 8) + " " + nums.count(x -> x > 4) + " " + nums.has(3));
		Sys.println(nums.filter(x -> x.isEven()).map(x -> x * 10));
		Sys.println(nums.fold((x, acc) -> acc + x, 100));
		Sys.println(nums.find(x -> x > 5) + " " + nums.indexOf(8));
		Sys.println(nums.sumInts() + " " + [1.5, 2.5, 3.5].average());
		Sys.println(nums.chunk(4));
		Sys.println([].firstOr("empty") + " " + ["z"].firstOr("empty"));

		// Int extensions
		var acc = [];
		3.times(i -> acc.push(i * i));
		Sys.println(acc);
		Sys.println(15.clamp(0, 10) + " " + (-5).clamp(0, 10) + " " + 2.pow(10) + " " + 7.isEven());

		// enum extensions
		var shapes = [Circle(1), Square(2), Circle(0.5)];
		for (sh in shapes) Sys.println(sh.label() + " area=" + Math.round(sh.area() * 100) / 100);
		var total = shapes.fold((sh, t) -> t + sh.area(), 0.0);
		Sys.println("total=" + Math.round(total * 1000) / 1000);

		// chained
		var words = "the quick brown fox jumps over the lazy dog".split(" ");
		var long = words.filter(w -> w.length > 3).map(w -> w.toUpperCase());
		Sys.println(long.join(","));
		Sys.println(words.map(w -> w.length).sumInts());
		var csv = " name , age ,city ".split(",").map(StringTools.trim);
		Sys.println(csv);
	}
}
