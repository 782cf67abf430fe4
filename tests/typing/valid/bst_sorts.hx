interface Comparable<T> {
  function compare(other:T):Int;
}

class IntKey implements Comparable<IntKey> {
  public final v:Int;
  public function new(v) this.v = v;
  public function compare(o:IntKey) return v < o.v ? -1 : v > o.v ? 1 : 0;
  public function toString() return Std.string(v);
}

class BstNode<K:Comparable<K>, V> {
  public var key:K;
  public var value:V;
  public var left:Null<BstNode<K, V>>;
  public var right:Null<BstNode<K, V>>;
  public function new(k:K, v:V) { key = k; value = v; }
}

class Bst<K:Comparable<K>, V> {
  var root:Null<BstNode<K, V>>;
  public var size(default, null) = 0;
  public function new() {}
  public function put(k:K, v:V):Void root = insert(root, k, v);
  function insert(n:Null<BstNode<K, V>>, k:K, v:V):BstNode<K, V> {
    if (n == null) { size++; return new BstNode(k, v); }
    var c = k.compare(n.key);
    if (c < 0) n.left = insert(n.left, k, v);
    else if (c > 0) n.right = insert(n.right, k, v);
    else n.value = v;
    return n;
  }
  public function get(k:K):Null<V> {
    var n = root;
    while (n != null) {
      var c = k.compare(n.key);
      if (c == 0) return n.value;
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }
  public function keys():Array<K> {
    var out = [];
    function walk(n:Null<BstNode<K, V>>) {
      if (n == null) return;
      walk(n.left);
      out.push(n.key);
      walk(n.right);
    }
    walk(root);
    return out;
  }
  public function height():Int {
    function h(n:Null<BstNode<K, V>>):Int return n == null ? 0 : 1 + Std.int(Math.max(h(n.left), h(n.right)));
    return h(root);
  }
}

class Sorts {
  public static function quicksort<T>(a:Array<T>, cmp:(T, T) -> Int):Array<T> {
    if (a.length <= 1) return a.copy();
    var pivot = a[a.length >> 1];
    var less = a.filter(x -> cmp(x, pivot) < 0);
    var eq = a.filter(x -> cmp(x, pivot) == 0);
    var more = a.filter(x -> cmp(x, pivot) > 0);
    return quicksort(less, cmp).concat(eq).concat(quicksort(more, cmp));
  }
  public static function mergeSort(a:Array<Int>):Array<Int> {
    if (a.length < 2) return a;
    var mid = Std.int(a.length / 2);
    var l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
    var out = [], i = 0, j = 0;
    while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
    while (i < l.length) out.push(l[i++]);
    while (j < r.length) out.push(r[j++]);
    return out;
  }
  public static function bsearch(a:Array<Int>, x:Int):Int {
    var lo = 0, hi = a.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (a[mid] == x) return mid;
      if (a[mid] < x) lo = mid + 1 else hi = mid - 1;
    }
    return -1;
  }
}

class Main {
  static function main() {
    var t = new Bst<IntKey, String>();
    for (i in [5, 2, 8, 1, 9, 3]) t.put(new IntKey(i), 'v$i');
    trace(t.size, t.height(), t.keys().join(","), t.get(new IntKey(8)), t.get(new IntKey(7)));
    trace(Sorts.quicksort([3, 1, 4, 1, 5, 9, 2, 6], (a, b) -> a - b));
    trace(Sorts.quicksort(["pear", "fig", "apple"], Reflect.compare));
    var sorted = Sorts.mergeSort([5, 3, 8, 1]);
    trace(sorted, Sorts.bsearch(sorted, 5));
  }
}
