class Range {
	var from:Int;
	var to:Int;
	var step:Int;

	public function new(from:Int, to:Int, step:Int = 1) {
		this.from = from;
		this.to = to;
		this.step = step;
	}

	public function iterator():Iterator<Int> {
		var cur = from;
		return {
			hasNext: () -> step > 0 ? cur < to : cur > to,
			next: () -> {
				var v = cur;
				cur += step;
				v;
			}
		};
	}
}

class Fib {
	var a = 0;
	var b = 1;
	var left:Int;

	public function new(n:Int) left = n;

	public function hasNext():Bool return left > 0;

	public function next():Int {
		left--;
		var r = a;
		var t = a + b;
		a = b;
		b = t;
		return r;
	}
}

class TreeNode<T> {
	public var value:T;
	public var children:Array<TreeNode<T>> = [];

	public function new(v:T) value = v;

	public function add(c:TreeNode<T>):TreeNode<T> {
		children.push(c);
		return this;
	}

	// depth-first, using an explicit stack
	public function iterator():Iterator<T> {
		var stack = [this];
		return {
			hasNext: () -> stack.length > 0,
			next: () -> {
				var n = stack.pop();
				var i = n.children.length - 1;
				while (i >= 0) {
					stack.push(n.children[i]);
					i--;
				}
				n.value;
			}
		};
	}
}

class Pairs<K, V> {
	var keys:Array<K>;
	var vals:Array<V>;

	public function new(k:Array<K>, v:Array<V>) {
		keys = k;
		vals = v;
	}

	public function keyValueIterator():KeyValueIterator<K, V> {
		var i = 0;
		return {
			hasNext: () -> i < keys.length,
			next: () -> {
				var r = {key: keys[i], value: vals[i]};
				i++;
				r;
			}
		};
	}
}

class Main {
	static function main() {
		Sys.println([for (i in new Range(0, 10, 3)) i]);
		Sys.println([for (i in new Range(5, 0, -2)) i]);
		Sys.println([for (f in new Fib(10)) f].join(" "));
		var t = new TreeNode("root").add(new TreeNode("a").add(new TreeNode("a1")).add(new TreeNode("a2"))).add(new TreeNode("b"));
		Sys.println([for (v in t) v].join(">"));
		for (k => v in new Pairs(["x", "y"], [1, 2])) Sys.println(k + "=" + v);

		var it = new IntIterator(2, 6);
		var acc = [];
		while (it.hasNext()) acc.push(it.next() * 10);
		Sys.println(acc);

		var m = ["one" => 1, "two" => 2, "three" => 3];
		var ks = [for (k in m.keys()) k];
		ks.sort(Reflect.compare);
		Sys.println(ks);
		var total = 0;
		for (v in m) total += v;
		Sys.println(total);
		var im = new Map<Int, String>();
		for (i in 0...5) im.set(i * i, "sq" + i);
		var entries = [for (k => v in im) k + ":" + v];
		entries.sort(Reflect.compare);
		Sys.println(entries);

		// string iteration
		var s = "héllo";
		var codes = [];
		for (i in 0...s.length) codes.push(s.charAt(i));
		Sys.println(codes.join("|"));
		for (c in new haxe.iterators.StringIterator("abc")) Sys.print(String.fromCharCode(c) + ".");
		Sys.println("");
		for (i => c in new haxe.iterators.StringKeyValueIterator("xyz")) Sys.print(i + "=" + String.fromCharCode(c) + " ");
		Sys.println("");

		// array key-value
		for (i => v in ["a", "b", "c"]) Sys.print(i + v + " ");
		Sys.println("");

		// iterator consumed twice
		var arr = [3, 1, 2];
		var ai = arr.iterator();
		Sys.println(ai.hasNext() + " " + ai.next() + " " + ai.next() + " " + ai.next() + " " + ai.hasNext());

		// Lambda over iterables
		Sys.println(Lambda.count(new Range(0, 100, 7)));
		Sys.println(Lambda.array({iterator: () -> new Fib(6)}));
		Sys.println(Lambda.exists(new Range(0, 10), x -> x == 7) + " " + Lambda.has([1, 2, 3], 4));
		Sys.println(Lambda.map(new Range(1, 4), x -> x * x));
		Sys.println(Lambda.filter([1, 2, 3, 4, 5, 6], x -> x % 2 == 0));
		Sys.println(Lambda.fold({iterator: () -> new Fib(8)}, (x, a) -> a + x, 0));
		Sys.println(Lambda.find(["apple", "banana", "cherry"], x -> x.indexOf("an") >= 0));
		Sys.println(Lambda.indexOf([5, 6, 7], 7) + " " + Lambda.empty([]) + " " + Lambda.foreach([2, 4], x -> x % 2 == 0));
		var list = Lambda.list([1, 2, 3]);
		Sys.println(list.length + " " + list.first() + " " + list.last());
		Sys.println(Lambda.concat([1, 2], [3]));
		Sys.println(Lambda.mapi(["a", "b"], (i, x) -> x + i));
		Sys.println(Lambda.findIndex([4, 5, 6], x -> x > 4));

		// nested loops with labels-like break
		var found = null;
		for (i in 1...10) {
			for (j in 1...10) {
				if (i * j == 42) {
					found = i + "x" + j;
					break;
				}
			}
			if (found != null) break;
		}
		Sys.println(found);
	}
}
