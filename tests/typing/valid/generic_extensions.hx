import haxe.ds.Option;
using Main.OptionTools;
using Main.NullTools;
using Main.FnTools;
using Main.IterTools;

class OptionTools {
  public static function map<T, U>(o:Option<T>, f:T->U):Option<U> return switch o { case Some(v): Some(f(v)); case None: None; };
  public static function getOr<T>(o:Option<T>, d:T):T return switch o { case Some(v): v; case None: d; };
  public static function isSome<T>(o:Option<T>):Bool return o.match(Some(_));
}
class NullTools {
  public static function or<T>(v:Null<T>, d:T):T return v != null ? v : d;
}
class FnTools {
  public static function then<A, B, C>(f:A->B, g:B->C):A->C return a -> g(f(a));
}
class IterTools {
  public static function toArray<T>(it:Iterator<T>):Array<T> return [for (x in it) x];
  public static function sumOf<T>(it:Iterable<T>, f:T->Float):Float { var s = 0.0; for (x in it) s += f(x); return s; }
}

class Main {
  static function find(a:Array<Int>, x:Int):Option<Int> {
    var i = a.indexOf(x);
    return i < 0 ? None : Some(i);
  }
  static function main() {
    var o = find([1, 2, 3], 2).map(i -> i * 10);
    trace(o.getOr(-1), find([1], 9).getOr(-1), o.isSome());
    var n:Null<Int> = null;
    trace(n.or(5), "x".or("y"));
    var f = ((s:String) -> s.length).then(n -> n * 2).then(Std.string);
    trace(f("abc"));
    trace([1, 2].iterator().toArray(), [1, 2, 3].sumOf(x -> x / 2), ["a" => 1].keys().toArray());
  }
}
