import haxe.ds.Option;
import haxe.ds.Either;
interface Shape { function area():Float; }
interface Named { var name(get, never):String; }
class Sq implements Shape implements Named {
	var s:Float;
	public var name(get, never):String;
	function get_name() return "sq" + s;
	public function new(s) this.s = s;
	public function area() return s * s;
}
class Cache<K, V> {
	var m:Map<K, V>;
	var hits = 0;
	var compute:K -> V;
	public function new(m:Map<K, V>, f:K -> V) { this.m = m; compute = f; }
	public function get(k:K):V {
		if (m.exists(k)) { hits++; return m.get(k); }
		var v = compute(k);
		m.set(k, v);
		return v;
	}
	public function stats() return 'hits=$hits';
}
class Main {
	static function largest<T:Shape & Named>(xs:Array<T>):String {
		var best = xs[0];
		for (x in xs) if (x.area() > best.area()) best = x;
		return best.name;
	}
	static function find<T>(xs:Array<T>, p:T -> Bool):Option<T> {
		for (x in xs) if (p(x)) return Some(x);
		return None;
	}
	static function safeDiv(a:Int, b:Int):Either<String, Int> return b == 0 ? Left("div by zero") : Right(Std.int(a / b));
	static function transpose<T>(m:Array<Array<T>>):Array<Array<T>> return [for (j in 0...m[0].length) [for (i in 0...m.length) m[i][j]]];
	static function flatten<T>(xs:Array<Array<T>>):Array<T> { var r:Array<T> = []; for (x in xs) r = r.concat(x); return r; }
	static function groupBy<T, K>(xs:Array<T>, key:T -> K, m:Map<K, Array<T>>):Map<K, Array<T>> {
		for (x in xs) {
			var k = key(x);
			if (!m.exists(k)) m.set(k, []);
			m.get(k).push(x);
		}
		return m;
	}
	static function nullOr<T>(x:Null<T>, d:T):T return x == null ? d : x;
	static function main() {
		trace(largest([new Sq(2), new Sq(5), new Sq(3)]));
		trace(find([1, 5, 8], x -> x > 4));
		trace(find(["a"], x -> x == "b"));
		switch find([1.5, 2.5], x -> x > 2) { case Some(v): trace("found " + v); case None: trace("none"); }
		trace(safeDiv(7, 2) + " " + safeDiv(1, 0));
		trace(transpose([[1, 2, 3], [4, 5, 6]]));
		trace(transpose([["a", "b"]]));
		trace(flatten([[1], [2, 3], []]));
		var g = groupBy(["apple", "avocado", "banana", "blueberry", "cherry"], s -> s.charAt(0), new Map<String, Array<String>>());
		var ks = [for (k in g.keys()) k];
		ks.sort(Reflect.compare);
		for (k in ks) trace(k + ": " + g[k]);
		var byLen = groupBy([1, 22, 333, 4, 55], n -> Std.string(n).length, new Map<Int, Array<Int>>());
		trace(byLen[1] + " " + byLen[2] + " " + byLen[3]);
		trace(nullOr(null, 5) + " " + nullOr(3, 5) + " " + nullOr(null, "d"));
		var fibCache = new Cache<Int, Float>(new Map(), null);
		var calls = 0;
		var c2 = new Cache<String, Int>(new Map(), s -> { calls++; s.length; });
		trace(c2.get("abc") + c2.get("abc") + c2.get("de") + " calls=" + calls + " " + c2.stats());
		var empty = [];
		empty.push(3);
		trace(empty);
		var e2:Array<String> = [];
		trace(e2.length);
		var arrOfFn:Array<Int -> String> = [Std.string, x -> "#" + x];
		trace(arrOfFn.map(f -> f(7)));
	}
}
