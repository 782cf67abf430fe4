typedef BinOp = (Int, Int) -> Int;

class Counter {
	public var count(default, null):Int = 0;
	public function new() {}
	public function inc():Int return ++count;
}

class Main {
	static function compose<A, B, C>(f:B -> C, g:A -> B):A -> C return x -> f(g(x));

	static function applyN(f:Int -> Int, n:Int, x:Int):Int {
		for (_ in 0...n) x = f(x);
		return x;
	}

	static function makeCounter():{inc:() -> Int, get:() -> Int} {
		var c = 0;
		return {inc: () -> ++c, get: () -> c};
	}

	static function greet(name:String, ?greeting:String = "Hello", punct = "!"):String
		return greeting + ", " + name + punct;

	static function sum(xs:Array<Int>, ?start:Int):Int {
		var s = start == null ? 0 : start;
		for (x in xs) s += x;
		return s;
	}

	static function fib(n:Int):Int return n < 2 ? n : fib(n - 1) + fib(n - 2);

	static function memo(f:Int -> Int):Int -> Int {
		var cache = new Map<Int, Int>();
		return function(n) {
			if (cache.exists(n)) return cache[n];
			var v = f(n);
			cache[n] = v;
			return v;
		};
	}

	static function curry(f:BinOp):Int -> (Int -> Int) return a -> b -> f(a, b);

	static function main() {
		var add:BinOp = (a, b) -> a + b;
		var mul:BinOp = function(a, b) return a * b;
		trace(add(2, 3) + " " + mul(4, 5));
		var inc = x -> x + 1;
		var dbl = x -> x * 2;
		trace(compose(inc, dbl)(5) + " " + compose(dbl, inc)(5));
		var toStr = compose((x:Int) -> "<" + x + ">", (x:Int) -> x * x);
		trace(toStr(7));
		trace(applyN(dbl, 10, 1));
		var c1 = makeCounter();
		var c2 = makeCounter();
		c1.inc(); c1.inc(); c2.inc();
		trace(c1.get() + " " + c2.get());
		trace(greet("Ann") + " " + greet("Bob", "Hi") + " " + greet("Cy", null, "?") + " " + greet("Di", "Yo", "."));
		trace(sum([1, 2, 3]) + " " + sum([1, 2, 3], 10));
		// closures capturing loop variables
		var fns = [];
		for (i in 0...4) fns.push(() -> i * 10);
		trace([for (f in fns) f()]);
		var acc = [];
		var k = 0;
		while (k < 3) {
			var captured = k;
			acc.push(() -> captured);
			k++;
		}
		trace([for (f in acc) f()]);
		// shared mutable capture
		var total = 0;
		var adder = (n:Int) -> total += n;
		adder(5); adder(7);
		trace(total);
		// bind
		var add10 = add.bind(10);
		trace(add10(5));
		var mulBy3 = mul.bind(_, 3);
		trace(mulBy3(7));
		var g = greet.bind("Zed");
		trace(g());
		// method closures
		var ctr = new Counter();
		var f = ctr.inc;
		f(); f(); f();
		trace(ctr.count);
		// recursion through local function
		function fact(n:Int):Int return n <= 1 ? 1 : n * fact(n - 1);
		trace(fact(10));
		var mfib = memo(fib);
		trace(mfib(20) + " " + mfib(20));
		// curry
		trace(curry(add)(3)(4));
		var c = curry(mul);
		var times6 = c(6);
		trace([1, 2, 3].map(times6));
		// higher order on arrays
		var words = ["apple", "kiwi", "banana", "fig"];
		var lens = words.map(w -> w.length);
		trace(lens);
		var longest = Lambda.fold(words, (w, best) -> w.length > best.length ? w : best, "");
		trace(longest);
		trace(words.filter(w -> w.indexOf("i") >= 0));
		// function returning functions in a map
		var ops:Map<String, Float -> Float -> Float> = ["+" => (a, b) -> a + b, "-" => (a, b) -> a - b, "/" => (a, b) -> a / b];
		trace(ops["+"](1.5, 2) + " " + ops["-"](1, 3) + " " + ops["/"](1, 4));
		// void functions and side effects
		var log = [];
		var say = (s:String) -> log.push(s);
		say("a"); say("b");
		trace(log);
		// immediately invoked
		trace((function(x:Int) return x * x)(9));
		// Function type as param with optional
		var opt = function(a:Int, ?b:Int) return b == null ? a : a + b;
		trace(opt(1) + " " + opt(1, 2));
		// recursion: mutual via statics
		trace(isEven(10) + " " + isOdd(7) + " " + isEven(3));
		var nested = (a:Int) -> (b:Int) -> (c:Int) -> a * 100 + b * 10 + c;
		trace(nested(1)(2)(3));
	}

	static function isEven(n:Int):Bool return n == 0 ? true : isOdd(n - 1);
	static function isOdd(n:Int):Bool return n == 0 ? false : isEven(n - 1);
}
