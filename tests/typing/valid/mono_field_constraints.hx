// Fields read from values of a still-unknown type constrain it without fixing it (Haxe 4.2).
class Main {
  static function main() {
    function len(a) return a.length;
    trace(len("abc"));
    var f = function(o) { o.count++; return o; };
    var r = f({count: 1});
    trace(r.count);
    var acc = [];
    function add(item) { acc.push(item.id); }
    add({id: 3});
    trace(acc);
    var result = Lambda.fold([1, 2], (x, a) -> a.concat([x]), []);
    trace(result.length);
    var g = function(q) return q.x;
    trace(g({x: 2}));
    var best = null;
    for (p in [{score: 3}, {score: 5}]) if (best == null || p.score > best.score) best = p;
    trace(best.score);
    var sizes = [for (s in ["a", "bb"]) (function(v) return v.length)(s)];
    trace(sizes);
  }
}
