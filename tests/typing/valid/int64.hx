import haxe.Int64;
import haxe.Int32;
using haxe.Int64;

class Main {
  static function fnv1a(s:String):Int {
    var h = 0x811c9dc5;
    for (i in 0...s.length) {
      h ^= s.charCodeAt(i);
      h *= 0x01000193;
    }
    return h;
  }
  static function popcount(x:Int):Int {
    var c = 0;
    while (x != 0) { x &= x - 1; c++; }
    return c;
  }
  static function rotl(x:Int, n:Int):Int return (x << n) | (x >>> (32 - n));
  static function fact64(n:Int):Int64 {
    var r:Int64 = 1;
    for (i in 2...n + 1) r *= i;
    return r;
  }
  static function main() {
    trace(fnv1a("hello"), popcount(0xFF), rotl(1, 31), rotl(0x80000000, 1));
    var f = fact64(20);
    trace(f.toStr(), Int64.toStr(f), f.high, f.low);
    var a = Int64.make(0, 0xFFFFFFFF);
    var b = a + 1;
    trace(b.high, b.low, Int64.compare(a, b) < 0, a < b, a == a, b - a, -b, a * 2, b / 2, b % 3);
    trace(Int64.isNeg(-b), Int64.isZero(a - a), Int64.ofInt(-1).toStr(), (b << 4).toStr(), (b >> 1).toStr(), (b >>> 1).toStr(), (a & b).toStr(), (a | b).toStr(), (a ^ b).toStr(), (~a).toStr());
    var x:Int32 = 2147483647;
    x++;
    var y:Int32 = x * 2;
    trace(x, y, x >> 1, x & 0xFF);
    var n:Int = 7;
    var fl = n / 2;
    var fl2:Float = n;
    fl2 += n;
    fl2 *= 1.5;
    var back = Std.int(fl2);
    trace(fl, fl2, back, n % 3, -7 % 3, 7.5 % 2, Math.floor(-0.5), Math.ceil(0.1));
    var h = 0;
    h = (h << 5) - h + 65;
    h |= 0;
    trace(h);
    var ui:UInt = 0xFFFFFFFF;
    trace(ui > 0, ui + 1);
    var parsed = Int64.parseString("-9007199254740993");
    trace(parsed.toStr(), Int64.fromFloat(1e10).toStr(), Int64.toInt(Int64.ofInt(42)));
    var d = Int64.divMod(Int64.ofInt(17), Int64.ofInt(5));
    trace(d.quotient.toStr(), d.modulus.toStr());
  }
}
