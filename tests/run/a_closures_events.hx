class EventBus {
	var handlers = new Map<String, Array<String -> Void>>();
	public function new() {}
	public function on(ev:String, h:String -> Void):() -> Void {
		if (!handlers.exists(ev)) handlers[ev] = [];
		handlers[ev].push(h);
		return () -> handlers[ev].remove(h);
	}
	public function emit(ev:String, payload:String):Int {
		if (!handlers.exists(ev)) return 0;
		for (h in handlers[ev].copy()) h(payload);
		return handlers[ev].length;
	}
}
class Acc {
	var total = 0;
	public function new() {}
	public function adder():Int -> Int return x -> total += x;
	public function get() return total;
}
class Main {
	static function counterGen() {
		var n = 0;
		return {next: () -> n++, reset: () -> n = 0, peek: () -> n};
	}
	static function pipeline<T>(fs:Array<T -> T>):T -> T return x -> { for (f in fs) x = f(x); x; };
	static function main() {
		var bus = new EventBus();
		var got = [];
		var off1 = bus.on("msg", s -> got.push("h1:" + s));
		bus.on("msg", s -> got.push("h2:" + s.toUpperCase()));
		trace(bus.emit("msg", "hi"));
		off1();
		trace(bus.emit("msg", "yo"));
		trace(bus.emit("none", "x"));
		trace(got);
		var a = new Acc();
		var add = a.adder();
		add(5); add(7);
		trace(a.get() + " " + add(1));
		var c = counterGen();
		c.next(); c.next();
		trace(c.peek());
		c.reset();
		trace(c.next() + " " + c.peek());
		var p = pipeline([(x:Int) -> x + 1, x -> x * 10, x -> x - 3]);
		trace(p(1) + " " + p(5));
		var sp = pipeline([(s:String) -> StringTools.trim(s), s -> s.toUpperCase()]);
		trace("[" + sp("  abc ") + "]");
		var fns:Array<() -> String> = [];
		var j = 0;
		while (j < 3) {
			var label = "f" + j;
			fns.push(() -> label);
			j++;
		}
		trace([for (f in fns) f()]);
		var shared = 0;
		var inc = () -> shared++;
		var get = () -> shared;
		inc(); inc(); inc();
		trace(get());
		shared = 100;
		trace(get() + " " + inc() + " " + shared);
		function outer(x:Int) {
			function inner(y:Int) return x * y;
			return inner;
		}
		trace(outer(3)(4));
		var memo = new Map<Int, Int>();
		var fib:Int -> Int = null;
		fib = n -> {
			if (n < 2) return n;
			if (memo.exists(n)) return memo[n];
			var r = fib(n - 1) + fib(n - 2);
			memo[n] = r;
			return r;
		};
		trace(fib(40));
		var compose = (f:Int -> Int, g:Int -> Int) -> (x:Int) -> f(g(x));
		var h = compose(x -> x * 2, x -> x + 3);
		trace(h(4));
		var sorter = (key:String) -> (a:{n:String, v:Int}, b:{n:String, v:Int}) -> key == "n" ? Reflect.compare(a.n, b.n) : a.v - b.v;
		var items = [{n: "b", v: 1}, {n: "a", v: 3}, {n: "c", v: 2}];
		items.sort(sorter("n"));
		trace(items.map(i -> i.n).join(""));
		items.sort(sorter("v"));
		trace(items.map(i -> i.n).join(""));
		var bound = Math.pow.bind(2);
		trace(bound(10));
		var strFn = "hello".charAt;
		trace(strFn(1));
		var arrPush = got.push;
		arrPush("direct");
		trace(got.length);
	}
}
