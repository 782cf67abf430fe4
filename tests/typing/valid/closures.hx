class Main {
  static function apply(f:Int->Int, x:Int) return f(x);
  static function compose<A, B, C>(f:A->B, g:B->C):A->C return x -> g(f(x));
  static function makeCounter():() -> Int {
    var n = 0;
    return () -> ++n;
  }
  static function twice(f:Void->Void) { f(); f(); }
  static function main() {
    var add = (a:Int, b:Int) -> a + b;
    trace(add(1, 2));
    trace(apply(x -> x * 2, 5));
    var inc = function(x) return x + 1;
    trace(inc(4));
    var c = makeCounter();
    c(); c();
    trace(c());
    var toStr = compose((x:Int) -> x * 3, y -> "v" + y);
    trace(toStr(2));
    function fact(n:Int):Int return n <= 1 ? 1 : n * fact(n - 1);
    trace(fact(5));
    function fib(n) return n < 2 ? n : fib(n - 1) + fib(n - 2);
    trace(fib(10));
    var arr = [5, 3, 8, 1];
    arr.sort((a, b) -> a - b);
    trace(arr);
    var doubled = arr.map(x -> x * 2);
    var evens = arr.filter(x -> x % 2 == 0);
    trace(doubled, evens);
    var count = 0;
    twice(() -> count++);
    twice(function() { count += 10; });
    trace(count);
    var fs:Array<Int->Int> = [x -> x + 1, x -> x * x];
    for (f in fs) trace(f(3));
    var names = ["bob", "al", "christine"];
    names.sort((a, b) -> a.length - b.length);
    trace(names.map(s -> s.toUpperCase()).join(" "));
    var sum = Lambda.fold(arr, (x, acc) -> acc + x, 0);
    trace(sum);
    trace(Lambda.exists(arr, x -> x > 7), Lambda.count(arr, x -> x > 2));
    var found = Lambda.find(names, n -> n.charAt(0) == "c");
    trace(found);
    var f2 = Math.max.bind(10);
    trace(f2(3));
    var cb:(String, Int) -> Bool = (s, n) -> s.length == n;
    trace(cb("abc", 3));
    var lazyV:Null<() -> String> = null;
    if (lazyV == null) lazyV = () -> "lazy";
    trace(lazyV());
  }
}
