using Lambda;

class Main {
  static function each<T>(a:Array<T>, f:T->Void) for (x in a) f(x);
  static function withCb(n:Int, ?cb:Int->Void) { if (cb != null) cb(n); }
  static function run(f:() -> Void) f();
  static function compute(f:() -> Int) return f();
  static function main() {
    var arr = [3, 1, 4, 1, 5];
    var best = null;
    for (x in arr) if (best == null || x > best) best = x;
    trace(best);
    var a = [];
    a[0] = 1;
    trace(a);
    var c = true;
    c ? trace("yes") : trace("no");
    each(arr, x -> if (x > 3) trace(x));
    each(arr, x -> { var y = x * 2; trace(y); });
    arr.iter(x -> if (x == 1) trace("one"));
    trace(arr.map(x -> if (x > 1) "big" else "small"));
    trace(arr.map(x -> switch x { case 1: "one"; case _: "other"; }));
    withCb(5);
    withCb(6, v -> trace(v));
    run(() -> trace("run"));
    run(function() {});
    trace(compute(() -> 42), compute(function() return 7), compute(() -> { var t = 1; t + 1; }));
    var counter = 0;
    var inc = () -> counter++;
    inc(); inc();
    trace(counter);
    var adders = [for (i in 0...3) (x:Int) -> x + i];
    trace(adders.map(f -> f(10)));
    var nested = (a:Int) -> (b:Int) -> (c:Int) -> a + b + c;
    trace(nested(1)(2)(3));
    var recur:Int->Int = null;
    recur = n -> n <= 0 ? 0 : n + recur(n - 1);
    trace(recur(4));
    var vf:Void->Void = () -> {};
    vf();
    var mixed = arr.filter(x -> x % 2 == 1).map(x -> x / 2).map(Math.round);
    trace(mixed);
    var sorted = arr.copy();
    sorted.sort((x, y) -> y - x);
    trace(sorted);
    var ok = arr.exists(x -> x > 4) && !arr.exists(x -> x < 0);
    trace(ok);
    var objs = arr.map(x -> {v: x, sq: x * x});
    trace(objs[2].sq);
    var str = arr.fold((x, s:String) -> s + x, "");
    trace(str);
    var callbacks:Array<() -> Void> = [];
    for (i in 0...3) callbacks.push(() -> trace(i));
    for (cb in callbacks) cb();
    var ternFn = c ? (x:Int) -> x : (x:Int) -> -x;
    trace(ternFn(5));
  }
}
