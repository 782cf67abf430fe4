interface Ord<T> { function cmp(o:T):Int; }
class Ver implements Ord<Ver> {
  public var major:Int; public var minor:Int;
  public function new(a, b) { major = a; minor = b; }
  public function cmp(o:Ver) return major != o.major ? major - o.major : minor - o.minor;
  public function toString() return '$major.$minor';
}
class SortedSet<T:Ord<T>> {
  var items:Array<T> = [];
  public function new() {}
  public function add(x:T):SortedSet<T> {
    for (i in 0...items.length) {
      var c = x.cmp(items[i]);
      if (c == 0) return this;
      if (c < 0) { items.insert(i, x); return this; }
    }
    items.push(x);
    return this;
  }
  public function min():Null<T> return items[0];
  public function toArray() return items.copy();
}
class Edge<N> { public var from:N; public var to:N; public function new(a:N, b:N) { from = a; to = b; } }
class Graph<N:{id:Int}, E:Edge<N>> {
  public var nodes:Array<N> = [];
  public var edges:Array<E> = [];
  public function new() {}
  public function neighbours(n:N):Array<N> return [for (e in edges) if (e.from.id == n.id) e.to];
}
class Main {
  static function maxOf<T:Ord<T>>(xs:Array<T>):T {
    var best = xs[0];
    for (x in xs) if (x.cmp(best) > 0) best = x;
    return best;
  }
  static function main() {
    var s = new SortedSet<Ver>().add(new Ver(1, 2)).add(new Ver(0, 9)).add(new Ver(1, 2));
    trace(s.toArray(), s.min(), maxOf([new Ver(2, 0), new Ver(3, 1)]));
    var g = new Graph<{id:Int, label:String}, Edge<{id:Int, label:String}>>();
    var a = {id: 1, label: "a"}, b = {id: 2, label: "b"};
    g.nodes = [a, b];
    g.edges.push(new Edge(a, b));
    trace(g.neighbours(a).map(n -> n.label));
  }
}
