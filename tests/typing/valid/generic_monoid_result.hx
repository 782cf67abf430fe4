import haxe.Constraints.IMap;
import haxe.Constraints.Function;

interface Monoid<T> {
  function empty():T;
  function combine(a:T, b:T):T;
}

class SumMonoid implements Monoid<Int> {
  public function new() {}
  public function empty() return 0;
  public function combine(a:Int, b:Int) return a + b;
}

class StrMonoid implements Monoid<String> {
  public function new() {}
  public function empty() return "";
  public function combine(a:String, b:String) return a + b;
}

class Result<T, E> {
  public var value(default, null):Null<T>;
  public var error(default, null):Null<E>;
  function new(?v:T, ?e:E) { value = v; error = e; }
  public static function ok<T, E>(v:T):Result<T, E> return new Result<T, E>(v, null);
  public static function err<T, E>(e:E):Result<T, E> return new Result<T, E>(null, e);
  public function map<U>(f:T->U):Result<U, E> return error != null ? Result.err(error) : Result.ok(f(value));
  public function isOk() return error == null;
}

class Cache<K:{}, V> {
  var m:Map<K, V>;
  public function new() m = new Map();
  public function getOr(k:K, make:() -> V):V {
    var v = m.get(k);
    if (v == null) { v = make(); m.set(k, v); }
    return v;
  }
}

class Node<T> {
  public var val:T;
  public var next:Null<Node<T>>;
  public function new(v:T, ?n:Node<T>) { val = v; next = n; }
}

class Main {
  static function concatAll<T>(m:Monoid<T>, xs:Array<T>):T {
    var acc = m.empty();
    for (x in xs) acc = m.combine(acc, x);
    return acc;
  }
  static function maxBy<T>(xs:Array<T>, key:T->Float):Null<T> {
    var best:Null<T> = null;
    var bestK = Math.NEGATIVE_INFINITY;
    for (x in xs) {
      var k = key(x);
      if (k > bestK) { bestK = k; best = x; }
    }
    return best;
  }
  static function count<K, V>(m:IMap<K, V>):Int {
    var n = 0;
    for (_ in m.keys()) n++;
    return n;
  }
  static function toList<T>(arr:Array<T>):Null<Node<T>> {
    var head:Null<Node<T>> = null;
    var i = arr.length;
    while (--i >= 0) head = new Node(arr[i], head);
    return head;
  }
  static function zip<A, B>(a:Array<A>, b:Array<B>):Array<{a:A, b:B}> {
    return [for (i in 0...Std.int(Math.min(a.length, b.length))) {a: a[i], b: b[i]}];
  }
  static function groupBy<T>(xs:Array<T>, f:T->String):Map<String, Array<T>> {
    var out = new Map<String, Array<T>>();
    for (x in xs) {
      var k = f(x);
      var g = out.get(k);
      if (g == null) out.set(k, g = []);
      g.push(x);
    }
    return out;
  }
  static function main() {
    trace(concatAll(new SumMonoid(), [1, 2, 3]), concatAll(new StrMonoid(), ["a", "b"]));
    var r = Result.ok(3).map(x -> x * 2).map(Std.string);
    trace(r.value, r.isOk());
    var e:Result<Int, String> = Result.err("bad");
    trace(e.map(x -> x + 1).error);
    var c = new Cache<String, Array<Int>>();
    c.getOr("a", () -> [1]).push(2);
    trace(c.getOr("a", () -> []));
    trace(maxBy(["aa", "b", "cccc"], s -> s.length));
    trace(count(["a" => 1, "b" => 2]));
    var l = toList([1, 2, 3]);
    var s = 0;
    while (l != null) { s += l.val; l = l.next; }
    trace(s);
    trace(zip([1, 2], ["a", "b", "c"]).map(p -> p.a + p.b));
    var g = groupBy(["apple", "avocado", "banana"], w -> w.charAt(0));
    trace(g["a"].length, g.get("b"));
    var f:Function = Math.abs;
    trace(Reflect.callMethod(null, f, [-1]));
    var ints = [for (i in 0...5) i];
    var gi = groupBy(ints, i -> i % 2 == 0 ? "even" : "odd");
    trace(gi["even"]);
  }
}
