class F {
  public static function id<T>(x:T):T return x;
  public static function pair<A, B>(a:A, b:B):{a:A, b:B} return {a: a, b: b};
  public static function compose<A, B, C>(f:A->B, g:B->C):A->C return a -> g(f(a));
  public static function const<T>(v:T):() -> T return () -> v;
  public static function flip<A, B, C>(f:(A, B) -> C):(B, A) -> C return (b, a) -> f(a, b);
  public static function mapArr<T, U>(a:Array<T>, f:T->U):Array<U> return [for (x in a) f(x)];
}

class Main {
  static function applyTwice<T>(f:T->T, x:T) return f(f(x));
  static function main() {
    var ids = [1, 2].map(F.id);
    var strs = ["a"].map(F.id);
    trace(ids, strs);
    var idInt:Int->Int = F.id;
    var idStr:String->String = F.id;
    trace(idInt(1), idStr("s"));
    trace(applyTwice(F.id, 3), applyTwice(x -> x + "!", "hey"));
    var p = F.pair(1, "one");
    trace(p.a + 1, p.b.length);
    var toLen = F.compose((s:String) -> s.length, n -> n * 2);
    trace(toLen("abc"));
    var k = F.const([1, 2]);
    trace(k().length);
    var sub = F.flip((a:Int, b:Int) -> a - b);
    trace(sub(1, 10));
    var lens = F.mapArr(["aa", "b"], s -> s.length);
    var total = Lambda.fold(lens, (x, acc) -> x + acc, 0);
    trace(total);
    var fns:Array<Int->Int> = [F.id, x -> x * 2, Std.int.bind(_) ];
    trace(fns.length);
    var parse:String->Null<Int> = Std.parseInt;
    trace(parse("5"));
    var pm = ["1", "x"].map(Std.parseInt);
    trace(pm);
  }
}
