class Range {
  var cur:Int;
  final end:Int;
  final step:Int;
  public function new(start, end, step = 1) {
    cur = start; this.end = end; this.step = step;
  }
  public function hasNext() return cur < end;
  public function next() { var c = cur; cur += step; return c; }
}

class Fib {
  public function new() {}
  public function iterator():Iterator<Int> {
    var a = 0, b = 1;
    return {
      hasNext: () -> a < 100,
      next: () -> { var t = a; a = b; b = t + b; t; }
    };
  }
}

class Tree<T> {
  public var value:T;
  public var children:Array<Tree<T>> = [];
  public function new(v:T) value = v;
  public function add(c:Tree<T>):Tree<T> { children.push(c); return this; }
  public function iterator():Iterator<T> {
    var out:Array<T> = [];
    function walk(t:Tree<T>) {
      out.push(t.value);
      for (c in t.children) walk(c);
    }
    walk(this);
    return out.iterator();
  }
  public function keyValueIterator():KeyValueIterator<Int, T> {
    var arr = [for (v in this) v];
    return arr.keyValueIterator();
  }
}

class Main {
  static function sumIt(it:Iterator<Int>) {
    var s = 0;
    for (x in it) s += x;
    return s;
  }
  static function sumAll(it:Iterable<Int>) {
    var s = 0;
    for (x in it) s += x;
    return s;
  }
  static function main() {
    for (i in new Range(0, 10, 3)) trace(i);
    trace(sumIt(new Range(0, 5)));
    for (f in new Fib()) if (f > 50) trace(f);
    trace(sumAll(new Fib()));
    trace(sumAll([1, 2, 3]));
    var t = new Tree("root").add(new Tree("a").add(new Tree("a1"))).add(new Tree("b"));
    trace([for (v in t) v].join(","));
    for (i => v in t) trace('$i:$v');
    var arr = ["x", "y"];
    for (i => v in arr) trace(i + v);
    var it = new IntIterator(0, 3);
    for (i in it) trace(i);
    var m = ["a" => 1, "b" => 2];
    for (k in m.keys()) trace(k);
    for (v in m) trace(v);
    for (k => v in m) trace(k + v);
    var s = "héllo";
    for (c in 0...s.length) trace(s.charCodeAt(c));
    var keys = m.keys();
    while (keys.hasNext()) trace(keys.next());
    var l = new haxe.ds.List<Int>();
    l.add(1); l.push(0); l.add(2);
    for (x in l) trace(x);
    trace(l.length, l.first(), l.last());
    trace(Lambda.array(l), Lambda.list([1,2]).length);
    var evens = [for (i in 0...10) if (i % 2 == 0) i];
    var sq = [for (x in evens) x * x];
    trace(sq);
    var grid = [for (y in 0...3) [for (x in 0...3) x + y]];
    trace(grid[2][2]);
    var j = 0;
    var w = [while (j < 3) j++];
    trace(w);
    var mm = [for (i in 0...3) i => 'v$i'];
    trace(mm.get(2));
  }
}
