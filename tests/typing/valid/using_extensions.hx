using StringTools;
using Lambda;
using Main.IntTools;
using Main.ArrayTools;

class IntTools {
  public static function times(n:Int, f:Int->Void) for (i in 0...n) f(i);
  public static function clamp(v:Int, lo:Int, hi:Int):Int return v < lo ? lo : v > hi ? hi : v;
  public static function isEven(n:Int) return n % 2 == 0;
}

class ArrayTools {
  public static function sumBy<T>(arr:Array<T>, f:T->Float):Float {
    var s = 0.0;
    for (x in arr) s += f(x);
    return s;
  }
  public static function last<T>(arr:Array<T>):Null<T> return arr.length == 0 ? null : arr[arr.length - 1];
  public static function chunk<T>(arr:Array<T>, n:Int):Array<Array<T>> {
    return [for (i in 0...Math.ceil(arr.length / n)) arr.slice(i * n, (i + 1) * n)];
  }
}

class Main {
  static function main() {
    3.times(i -> trace(i));
    trace(15.clamp(0, 10), 4.isEven());
    trace("  hi  ".trim(), "abc".startsWith("a"), "x".lpad("0", 3), "a,b".replace(",", ";"));
    trace("hello".endsWith("lo"), "Hello".toLowerCase().contains("ell"));
    var arr = [1, 2, 3, 4, 5];
    trace(arr.sumBy(x -> x * 1.5));
    trace(arr.last());
    trace(arr.chunk(2));
    trace(arr.exists(x -> x > 4), arr.has(3), arr.indexOf(3));
    trace(arr.fold((x, acc) -> acc + x, 0));
    trace(arr.filter(x -> x.isEven()).map(x -> x * 10));
    var words = ["b", "a", "c"];
    trace(words.count(), words.empty());
    trace("%41%42".urlDecode(), "a b".urlEncode(), "<a>".htmlEscape());
    trace(StringTools.hex(255), "abc".fastCodeAt(1));
    var s = "x=1;y=2";
    trace([for (kv in s.split(";")) kv.split("=")[1]].map(Std.parseInt));
    trace(Lambda.mapi(words, (i, w) -> '$i$w'));
    words.iter(w -> trace(w));
  }
}
