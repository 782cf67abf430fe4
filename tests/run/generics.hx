// Generics: a generic container class used at Int, String and class types, generic static functions
// with inference, type parameters with constraints, generic methods on generic classes.
class Stack<T> {
	var items:Array<T> = [];

	public function new() {}

	public function push(x:T):Void items.push(x);

	public function pop():Null<T> return items.pop();

	public function peek():Null<T> return items.length > 0 ? items[items.length - 1] : null;

	public var size(get, never):Int;

	function get_size() return items.length;

	public function map<U>(f:T -> U):Stack<U> {
		var s = new Stack<U>();
		for (x in items) s.push(f(x));
		return s;
	}

	public function toArray():Array<T> return items.copy();
}

class Pair<A, B> {
	public var first:A;
	public var second:B;

	public function new(a:A, b:B) {
		first = a;
		second = b;
	}

	public function swap():Pair<B, A> return new Pair(second, first);
}

interface HasWeight {
	function weight():Int;
}

class Box implements HasWeight {
	var w:Int;

	public function new(w:Int) this.w = w;

	public function weight() return w;
}

class Main {
	static function maxBy<T>(xs:Array<T>, key:T -> Int):Null<T> {
		var best:Null<T> = null;
		var bestKey = 0;
		for (x in xs) {
			var k = key(x);
			if (best == null || k > bestKey) {
				best = x;
				bestKey = k;
			}
		}
		return best;
	}

	static function heaviest<T:HasWeight>(xs:Array<T>):Int {
		var m = 0;
		for (x in xs) if (x.weight() > m) m = x.weight();
		return m;
	}

	static function repeat<T>(x:T, n:Int):Array<T> return [for (_ in 0...n) x];

	static function main() {
		var s = new Stack<Int>();
		for (i in 1...6) s.push(i * i);
		Sys.println(s.pop() + " " + s.peek() + " " + s.size);
		var t = s.map(x -> "#" + x);
		Sys.println(t.toArray().join(","));
		var words = new Stack<String>();
		Sys.println(words.pop() == null);
		words.push("a");
		Sys.println(words.peek());
		var p = new Pair(1, "one");
		var q = p.swap();
		Sys.println(q.first + " " + q.second);
		Sys.println(maxBy(["kiwi", "banana", "fig"], w -> w.length));
		Sys.println(maxBy([3, 17, 5], x -> -x));
		Sys.println(heaviest([new Box(3), new Box(11), new Box(7)]));
		Sys.println(repeat("ab", 3).join("") + " " + repeat(7, 2));
		var nested = new Stack<Pair<String, Array<Int>>>();
		nested.push(new Pair("xs", [1, 2, 3]));
		Sys.println(nested.peek().first + " " + nested.peek().second.length);
		var fs = new Stack<Float>();
		fs.push(1.5);
		fs.push(2.25);
		Sys.println(fs.pop() + fs.pop());
	}
}
