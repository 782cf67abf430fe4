class Box<T> {
  public var value:T;
  public function new(v:T) value = v;
  public function map<U>(f:T->U):Box<U> return new Box(f(value));
  public function get():T return value;
}

class Pair<A, B> {
  public var a:A;
  public var b:B;
  public function new(a:A, b:B) { this.a = a; this.b = b; }
  public function swap():Pair<B, A> return new Pair(b, a);
}

interface Comparable<T> {
  function compareTo(other:T):Int;
}

class Num implements Comparable<Num> {
  public var v:Int;
  public function new(v) this.v = v;
  public function compareTo(o:Num):Int return v - o.v;
}

class Util {
  public static function max<T:Comparable<T>>(a:T, b:T):T return a.compareTo(b) >= 0 ? a : b;
  public static function first<T>(arr:Array<T>):Null<T> return arr.length > 0 ? arr[0] : null;
  public static function mapAll<T, U>(arr:Array<T>, f:T->U):Array<U> {
    var out = [];
    for (x in arr) out.push(f(x));
    return out;
  }
  public static function sum<T:Float>(arr:Array<T>):Float {
    var s = 0.0;
    for (x in arr) s += x;
    return s;
  }
  public static function identity<T>(x:T) return x;
}

class Stack<T> {
  var items:Array<T> = [];
  public function new() {}
  public function push(x:T) items.push(x);
  public function pop():Null<T> return items.pop();
  public var length(get, never):Int;
  function get_length() return items.length;
  public function iterator():Iterator<T> return items.iterator();
}

class Main {
  static function main() {
    var b = new Box(3);
    var s = b.map(x -> "n" + x).map(s -> s.length);
    trace(s.get());
    var p = new Pair("a", 1).swap();
    var i:Int = p.a;
    trace(i, p.b);
    trace(Util.max(new Num(3), new Num(5)).v);
    trace(Util.first([1, 2, 3]));
    var strs = Util.mapAll([1, 2, 3], x -> Std.string(x * 2));
    trace(strs.join(","));
    trace(Util.sum([1.5, 2.5]));
    trace(Util.sum([1, 2, 3]));
    var st = new Stack<String>();
    st.push("x"); st.push("y");
    for (x in st) trace(x);
    trace(st.length, st.pop());
    var id = Util.identity;
    trace(id(5));
    var nested:Array<Array<Box<Int>>> = [[new Box(1)], [new Box(2), new Box(3)]];
    var total = 0;
    for (row in nested) for (bx in row) total += bx.value;
    trace(total);
    var m:Map<String, Array<Int>> = new Map();
    m.set("a", [1]);
    m["b"] = [2, 3];
    m["a"].push(4);
    trace(m["a"].length);
  }
}
