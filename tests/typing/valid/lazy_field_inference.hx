using Lambda;
class Stats {
  public var values = [];
  public var count(get, never):Int;
  var cacheSum = null;
  public function new() {}
  function get_count() return values.length;
  public function add(v) { values.push(v); cacheSum = null; return this; }
  public function sum() {
    if (cacheSum == null) {
      var s = 0.0;
      for (v in values) s += v;
      cacheSum = s;
    }
    return cacheSum;
  }
  public function mean() return count == 0 ? 0 : sum() / count;
  public function variance() {
    var m = mean();
    return values.fold((v, acc) -> acc + (v - m) * (v - m), 0.0) / count;
  }
}

class Mutual {
  public static function isEven(n) return n == 0 ? true : isOdd(n - 1);
  public static function isOdd(n) return n == 0 ? false : isEven(n - 1);
  public static var table = [for (i in 0...5) isEven(i)];
  static var lazyList = makeList();
  static function makeList() return ["x", "y"];
  public static function first() return lazyList[0];
}

class Main {
  static var config = {depth: 3, name: "cfg", tags: ["a"]};
  static var derived = config.depth * 2;
  static function main() {
    var st = new Stats().add(1.0).add(2).add(4.5);
    trace(st.sum(), st.mean(), st.count, st.variance());
    trace(Mutual.isEven(10), Mutual.isOdd(7), Mutual.table, Mutual.first());
    trace(config.name, derived, config.tags.length);
  }
}
