class Coll<T> {
  public var items:Array<T>;
  public function new(items:Array<T>) this.items = items;
  public function map<U>(f:T->U):Coll<U> return new Coll(items.map(f));
  public function flatMap<U>(f:T->Coll<U>):Coll<U> {
    var out:Array<U> = [];
    for (x in items) out = out.concat(f(x).items);
    return new Coll(out);
  }
  public function zipWith<U, R>(other:Coll<U>, f:(T, U) -> R):Coll<R> {
    return new Coll([for (i in 0...Std.int(Math.min(items.length, other.items.length))) f(items[i], other.items[i])]);
  }
  public function reduce<A>(init:A, f:(A, T) -> A):A {
    var acc = init;
    for (x in items) acc = f(acc, x);
    return acc;
  }
  public static function empty<T>():Coll<T> return new Coll([]);
  public static function range(n:Int):Coll<Int> return new Coll([for (i in 0...n) i]);
}

class Main {
  static function firstOf<T>(o:{items:Array<T>}):T return o.items[0];
  static function emptyArr<T>():Array<T> return [];
  static function sumAll<T:Iterable<Int>>(it:T):Int {
    var s = 0;
    for (x in it) s += x;
    return s;
  }
  static function lenAndSum<T:Iterable<Int> & {var length(default, null):Int;}>(x:T):String {
    var s = 0;
    for (v in x) s += v;
    return '${x.length}:$s';
  }
  static function pairUp<K, V>(ks:Array<K>, vs:Array<V>):Array<{k:K, v:V}> return [for (i in 0...ks.length) {k: ks[i], v: vs[i]}];
  static function apply2<T>(f:T->T, x:T):T return f(f(x));
  static function main() {
    var c = Coll.range(4).map(i -> i * 1.5).flatMap(f -> new Coll([f, -f]));
    trace(c.items);
    var z = Coll.range(3).zipWith(new Coll(["a", "b", "c"]), (i, s) -> s + i);
    trace(z.items, z.reduce("", (acc, s) -> acc + s));
    var e:Coll<String> = Coll.empty();
    trace(e.items.length);
    trace(firstOf({items: ["x"]}), firstOf(new Coll([1])));
    var ea:Array<String> = emptyArr();
    ea.push("s");
    trace(ea, sumAll([1, 2, 3]), sumAll(new List<Int>()), lenAndSum([4, 5]));
    trace(pairUp(["a"], [1]).map(p -> p.k + p.v));
    trace(apply2(x -> x * 3, 2), apply2(s -> s + "!", "hi"));
    var total = Coll.range(5).reduce(0, (a, b) -> a + b);
    trace(total);
  }
}
