typedef LinkedList<T> = {head:T, tail:Null<LinkedList<T>>};

class Memo<K, V> {
  var cache = new Map<String, V>();
  var f:K->V;
  var key:K->String;
  public function new(f:K->V, key:K->String) { this.f = f; this.key = key; }
  public function get(k:K):V {
    var s = key(k);
    if (!cache.exists(s)) cache.set(s, f(k));
    return cache.get(s);
  }
}

class Main {
  static function fold<T, A>(arr:Array<T>, f:(A, T) -> A, init:A):A {
    var acc = init;
    for (x in arr) acc = f(acc, x);
    return acc;
  }
  static function curry<A, B, C>(f:(A, B) -> C):A->(B->C) return a -> b -> f(a, b);
  static function listLen<T>(l:Null<LinkedList<T>>):Int return l == null ? 0 : 1 + listLen(l.tail);
  static function pipe<T>(x:T, fs:Array<T->T>):T {
    for (f in fs) x = f(x);
    return x;
  }
  static function opt(?x:Int, ?y:String):String return '$x/$y';
  static function withCallback(cb:(?v:Int) -> String) return cb() + cb(1);
  static function main() {
    trace(fold([1, 2, 3], (acc, x) -> acc + x, 0));
    trace(fold(["a", "b"], (acc:String, x) -> acc + x, ""));
    trace(fold([1, 2], (acc, x) -> acc.concat([x, x]), []));
    var add = curry((a:Int, b:Int) -> a + b);
    trace(add(1)(2));
    var l:LinkedList<Int> = {head: 1, tail: {head: 2, tail: null}};
    trace(listLen(l));
    trace(pipe(3, [x -> x + 1, x -> x * 2]));
    trace(opt(), opt(1), opt("s"), opt(2, "t"));
    trace(withCallback((?v) -> v == null ? "n" : "v"));
    var m = new Memo((n:Int) -> n * n, Std.string);
    trace(m.get(4), m.get(4));
    var x = null;
    x = 5;
    trace(x + 1);
    var c = true;
    var a = if (c) [] else [1];
    a.push(2);
    trace(a);
    var fns = new Map<String, (Float, Float) -> Float>();
    fns.set("add", (a, b) -> a + b);
    fns.set("mul", function(a, b) return a * b);
    trace(fns["add"](1, 2), fns.get("mul")(3, 4));
    var ops:Array<{name:String, f:Int->Int}> = [{name: "inc", f: x -> x + 1}, {name: "dbl", f: x -> x * 2}];
    for (o in ops) trace(o.name, o.f(10));
    var maybe:Null<Int> = c ? 3 : null;
    trace(maybe);
    var u = [];
    for (i in 0...3) u.push('s$i');
    trace(u.join(""));
    var cmp = Reflect.compare;
    var sorted = [3, 1, 2];
    sorted.sort(cmp);
    trace(sorted);
    var h = new haxe.ds.StringMap();
    h.set("a", [1]);
    trace(h.get("a")[0]);
    var pairs = [for (i in 0...3) {i: i, sq: i * i}];
    trace(pairs.map(p -> p.sq).join(","));
    var z = [1, 2, 3].map(function(v) { return {v: v, even: v % 2 == 0}; }).filter(o -> o.even);
    trace(z[0].v);
    var empty = new Array();
    empty.push("x");
    trace(empty[0].length);
    var ff:Dynamic -> String = Std.string;
    trace(ff(1));
  }
}
