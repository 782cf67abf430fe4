using Lambda;

class Main {
  static function pick(c:Bool) {
    if (c) return (x:Int) -> x + 1;
    return x -> x - 1;
  }
  static function names():Array<String> {
    var r = [];
    for (i in 0...3) r.push('n$i');
    return r;
  }
  static function maybe(c:Bool) {
    return if (c) null else 5;
  }
  static function firstOr<T>(a:Array<T>, d:T):T return a.length > 0 ? a[0] : d;
  static function main() {
    var x = [];
    x.push([]);
    x[0].push(1);
    trace(x);
    trace(pick(true)(1), names(), maybe(false));
    var arr = [1, 2, 3, 4];
    trace(arr.map(i -> i * 2).filter(i -> i > 2));
    trace(arr.foreach(i -> i > 0), arr.findIndex(i -> i == 3), arr.concat([5]).length);
    trace(Lambda.find(arr, i -> i > 2), Lambda.indexOf(arr, 4), Lambda.has(arr, 9));
    trace(firstOr([], "def"), firstOr([1.5], 0));
    var strs = arr.map(Std.string);
    strs.push("x");
    trace(strs);
    var nested = [[1, 2], [3]];
    var flat = [for (a in nested) for (b in a) b];
    trace(flat);
    var sum = 0;
    arr.iter(i -> sum += i);
    trace(sum);
    var pairs = [for (i in 0...3) [i, i * i]];
    trace(pairs[2][1]);
    var total = arr.fold((a, b) -> a + b, 0);
    trace(total);
    var fs = [];
    for (i in 0...3) fs.push(() -> i);
    trace(fs.map(f -> f()));
    var lookup = new Map<String, Int>();
    for (i => s in ["a", "b"]) lookup[s] = i;
    trace(lookup);
    var maxV = arr.fold((a, b) -> a > b ? a : b, arr[0]);
    trace(maxV);
    var optF:Null<Int->Int> = null;
    var res = optF != null ? optF(1) : 0;
    trace(res);
    var counts = new Map();
    counts.set("k", 1);
    trace(counts.get("k"));
  }
}
