// Closures: capturing locals by reference, mutating them from inside, counters, closures made in loops,
// functions as values, recursion through a local function, method closures.
class Counter {
	public var n = 0;

	public function new() {}

	public function inc() {
		n++;
		return n;
	}
}

class Main {
	static function makeCounter(start:Int):() -> Int {
		var c = start;
		return () -> c++;
	}

	static function compose<A, B, C>(f:A -> B, g:B -> C):A -> C {
		return x -> g(f(x));
	}

	static function main() {
		var total = 0;
		var add = (x:Int) -> total += x;
		add(5);
		add(10);
		Sys.println(total);
		var c1 = makeCounter(10), c2 = makeCounter(100);
		Sys.println(c1() + " " + c1() + " " + c2() + " " + c1());
		var fs:Array<() -> Int> = [];
		for (i in 0...4) fs.push(() -> i * 10);
		Sys.println([for (f in fs) f()]);
		var shared = 1;
		var double = () -> shared *= 2;
		var read = () -> shared;
		double();
		double();
		Sys.println(read());
		shared = 7;
		Sys.println(read());
		function fact(n:Int):Int return n <= 1 ? 1 : n * fact(n - 1);
		Sys.println(fact(10));
		var inc = compose((x:Int) -> x + 1, (y:Int) -> "<" + y + ">");
		Sys.println(inc(41));
		var ctr = new Counter();
		var m = ctr.inc;
		m();
		m();
		Sys.println(ctr.n);
		var adders = [for (k in 1...4) (x:Int) -> x + k];
		Sys.println(adders.map(f -> f(100)));
		var log = [];
		function visit(depth:Int) {
			log.push(depth);
			if (depth < 3) visit(depth + 1);
		}
		visit(0);
		Sys.println(log);
		var maybe:Null<Int -> Int> = null;
		Sys.println(maybe == null);
		maybe = x -> x * x;
		Sys.println(maybe(9));
	}
}
