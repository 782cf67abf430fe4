@:keep
class Main {
  static var cache:Null<Array<Int>>;
  static function find(arr:Array<Int>, v:Int):Null<Int> {
    for (i in 0...arr.length) if (arr[i] == v) return i;
    return null;
  }
  static function avg(xs:Array<Float>):Float {
    if (xs.length == 0) return 0;
    var s = 0.0;
    for (x in xs) s += x;
    return s / xs.length;
  }
  static function half(x:Int):Float return x / 2;
  static function toInt(f:Float):Int return Std.int(f);
  static function sign(x:Float):Int return x > 0 ? 1 : x < 0 ? -1 : 0;
  static function lazyInit():Array<Int> {
    if (cache == null) cache = [1, 2, 3];
    return cache;
  }
  static function main() {
    inline function sq(x:Int) return x * x;
    final k = 3;
    trace(sq(k));
    trace(find([1, 2, 3], 2), find([1], 5));
    trace(avg([1, 2, 3]), half(3), toInt(2.9), sign(-2.5));
    var i = 0;
    do { i++; } while (i < 5);
    trace(i);
    var a = 1, b = 2, c = 3;
    trace(a + b * c, (a + b) * c, a << b + c, a | b & c, a == 1 && b == 2 || c == 0, !(a > b));
    var nb:Null<Bool> = true;
    if (nb) trace("nb");
    var nf:Null<Float> = 2.5;
    var r = nf * 2;
    trace(r);
    trace("abc" < "abd", "b" > "a");
    #if sys
    trace("sys");
    #else
    trace("no sys");
    #end
    #if (haxe_ver >= 4.0)
    trace("haxe 4");
    #end
    var dyn:Dynamic = 5;
    var asInt:Int = dyn;
    var asStr:String = untyped dyn;
    trace(asInt + 1, asStr);
    var anyV:Any = "str";
    var back:String = cast anyV;
    trace(back.length);
    var fl:Float = 1;
    fl = 2;
    trace(fl);
    var ints = lazyInit();
    trace(ints.length);
    var f = if (a > 0) x -> x + 1 else x -> x - 1;
    trace(f(10));
    var g = switch b { case 2: (s:String) -> s.length; default: (s:String) -> 0; }
    trace(g("four"));
    var msg = a > 0 ? "pos" : "neg";
    trace(msg);
    var total = 0;
    for (x in 0...10) {
      if (x % 2 == 0) continue;
      if (x > 7) break;
      total += x;
    }
    trace(total);
    var count = 10;
    while (count-- > 0) if (count == 5) break;
    trace(count);
    var s = 'a${1 + 2}b${[1, 2].length}c${"x".toUpperCase()}d$a$b';
    trace(s);
    var q = "it's";
    var dq = 'say "hi" ${q}';
    trace(dq);
    var big = 1 << 30;
    trace(big * 2);
    var e:Float = 5 % 3.5;
    trace(e);
    trace(Math.random() < 1, Std.random(10) < 10);
    var arr:Array<Float> = [1, 2, 3];
    arr.push(4);
    trace(arr);
  }
}
