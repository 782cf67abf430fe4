// Static initialization and static members: initializers with expressions and calls, initialization order
// across classes on first use, static counters shared by instances, inline constants, static functions
// referring to each other, final statics.
class Config {
	public static var base = 10;
	public static var derived = base * 3 + 1;
	public static final NAMES = ["alpha", "beta"];
	public static var table = makeTable(4);
	public static inline var LIMIT = 99;

	static function makeTable(n:Int):Array<Int> return [for (i in 0...n) i * base];
}

class Registry {
	static var ids = 0;

	public var id:Int;

	public function new() id = ++ids;

	public static function issued():Int return ids;
}

class Main {
	static var greeting = "hi " + Config.NAMES[0];
	static var memo:Map<Int, Int> = new Map();

	static function fib(n:Int):Int {
		if (n < 2) return n;
		if (memo.exists(n)) return memo[n];
		var v = fib(n - 1) + fib(n - 2);
		memo[n] = v;
		return v;
	}

	static function main() {
		Sys.println(greeting);
		Sys.println(Config.base + " " + Config.derived + " " + Config.table + " " + Config.LIMIT);
		Config.base = 1;
		Sys.println(Config.derived);
		var rs = [for (_ in 0...3) new Registry()];
		Sys.println(rs.map(r -> r.id) + " " + Registry.issued());
		Sys.println(fib(40));
		Config.table.push(7);
		Sys.println(Config.table.length);
		Sys.println(Config.NAMES.join("/"));
	}
}
