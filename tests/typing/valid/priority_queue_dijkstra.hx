class PriorityQueue<T> {
  var heap:Array<{item:T, pri:Int}> = [];
  public var size(get, never):Int;
  inline function get_size() return heap.length;
  public function new() {}
  public function push(item:T, pri:Int):Void {
    heap.push({item: item, pri: pri});
    var i = heap.length - 1;
    while (i > 0) {
      var p = (i - 1) >> 1;
      if (heap[p].pri <= heap[i].pri) break;
      var tmp = heap[p];
      heap[p] = heap[i];
      heap[i] = tmp;
      i = p;
    }
  }
  public function pop():Null<T> {
    if (heap.length == 0) return null;
    var top = heap[0];
    var last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      var i = 0;
      while (true) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap.length && heap[l].pri < heap[m].pri) m = l;
        if (r < heap.length && heap[r].pri < heap[m].pri) m = r;
        if (m == i) break;
        var t = heap[m]; heap[m] = heap[i]; heap[i] = t;
        i = m;
      }
    }
    return top.item;
  }
  public function isEmpty() return size == 0;
}

class Main {
  static function dijkstra(graph:Map<Int, Array<{to:Int, w:Int}>>, start:Int):Map<Int, Int> {
    var dist = new Map<Int, Int>();
    var pq = new PriorityQueue<Int>();
    dist[start] = 0;
    pq.push(start, 0);
    while (!pq.isEmpty()) {
      var u = pq.pop();
      var edges = graph.get(u);
      if (edges == null) continue;
      for (e in edges) {
        var nd = dist[u] + e.w;
        if (!dist.exists(e.to) || nd < dist[e.to]) {
          dist[e.to] = nd;
          pq.push(e.to, nd);
        }
      }
    }
    return dist;
  }
  static function main() {
    var q = new PriorityQueue<String>();
    q.push("c", 3); q.push("a", 1); q.push("b", 2);
    var out = [];
    while (q.size > 0) out.push(q.pop());
    trace(out);
    var g = [
      1 => [{to: 2, w: 7}, {to: 3, w: 9}, {to: 6, w: 14}],
      2 => [{to: 3, w: 10}, {to: 4, w: 15}],
      3 => [{to: 4, w: 11}, {to: 6, w: 2}],
      6 => [{to: 5, w: 9}],
      4 => [{to: 5, w: 6}],
    ];
    var d = dijkstra(g, 1);
    for (k => v in d) trace('$k: $v');
    var sorted = [for (k in d.keys()) k];
    sorted.sort((a, b) -> a - b);
    trace(sorted);
  }
}
