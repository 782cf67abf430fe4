interface Comparable<T> {
	function compareTo(other:T):Int;
}

class Version implements Comparable<Version> {
	public var major:Int;
	public var minor:Int;
	public function new(a, b) { major = a; minor = b; }
	public function compareTo(o:Version):Int return major != o.major ? major - o.major : minor - o.minor;
	public function toString() return 'v$major.$minor';
}

class Stack<T> {
	var items:Array<T> = [];
	public var size(get, never):Int;
	public function new() {}
	function get_size() return items.length;
	public function push(x:T):Void items.push(x);
	public function pop():Null<T> return items.pop();
	public function peek():Null<T> return items.length == 0 ? null : items[items.length - 1];
	public function isEmpty():Bool return items.length == 0;
	public function map<U>(f:T -> U):Stack<U> {
		var s = new Stack<U>();
		for (x in items) s.push(f(x));
		return s;
	}
	public function toString():String return "Stack" + items.toString();
}

class Pair<A, B> {
	public final first:A;
	public final second:B;
	public function new(a:A, b:B) { first = a; second = b; }
	public function swap():Pair<B, A> return new Pair(second, first);
	public function toString() return '($first, $second)';
}

class Box<T:{function toString():String;}> {
	var v:T;
	public function new(v:T) this.v = v;
	public function show():String return "Box(" + v.toString() + ")";
}

class Main {
	static function maxOf<T:Comparable<T>>(xs:Array<T>):T {
		var best = xs[0];
		for (x in xs) if (x.compareTo(best) > 0) best = x;
		return best;
	}

	static function sortBy<T>(xs:Array<T>, key:T -> Int):Array<T> {
		var c = xs.copy();
		c.sort((a, b) -> key(a) - key(b));
		return c;
	}

	static function zip<A, B>(as:Array<A>, bs:Array<B>):Array<Pair<A, B>> {
		return [for (i in 0...Std.int(Math.min(as.length, bs.length))) new Pair(as[i], bs[i])];
	}

	static function reduce<T, R>(xs:Iterable<T>, init:R, f:(R, T) -> R):R {
		var acc = init;
		for (x in xs) acc = f(acc, x);
		return acc;
	}

	static function firstOr<T>(xs:Array<T>, def:T):T return xs.length > 0 ? xs[0] : def;

	static function countIf<T>(xs:Array<T>, pred:T -> Bool):Int {
		var n = 0;
		for (x in xs) if (pred(x)) n++;
		return n;
	}

	static function main() {
		var s = new Stack<Int>();
		for (i in 1...6) s.push(i * i);
		trace(s + " size=" + s.size + " peek=" + s.peek());
		trace(s.pop() + " " + s.pop() + " " + s.size);
		var strs = s.map(x -> "#" + x);
		trace(strs);
		trace(strs.peek().length);
		var e = new Stack<String>();
		trace(e.pop() + " " + e.isEmpty());
		var vs = [new Version(1, 2), new Version(2, 0), new Version(1, 10)];
		trace(maxOf(vs));
		trace(sortBy(vs, v -> v.major * 100 + v.minor));
		trace(sortBy(["ccc", "a", "bb"], x -> x.length));
		var p = new Pair("one", 1);
		trace(p + " " + p.swap() + " " + p.swap().first * 10);
		var zs = zip([1, 2, 3], ["a", "b"]);
		trace(zs);
		trace(reduce([1, 2, 3, 4], 0, (a, b) -> a + b));
		trace(reduce(["x", "y"], "", (a, b) -> a + b + b));
		trace(reduce(new Map<String, Int>(), 5, (a, b) -> a + b));
		trace(firstOr([], "default") + " " + firstOr([3.5], 0.0));
		trace(countIf([1, 2, 3, 4, 5, 6], x -> x % 3 == 0) + " " + countIf(["a", "", "b"], x -> x == ""));
		var b = new Box(new Version(3, 1));
		trace(b.show());
		var nested = new Stack<Pair<String, Array<Int>>>();
		nested.push(new Pair("k", [1, 2]));
		trace(nested.peek().second.length + " " + nested);
		var ps = new Pair<Float, Bool>(1.5, true);
		trace(ps.first + 1 + " " + !ps.second);
		var fns = new Stack<Int -> Int>();
		fns.push(x -> x + 1);
		fns.push(x -> x * 3);
		var r = 2;
		while (!fns.isEmpty()) r = fns.pop()(r);
		trace(r);
	}
}
