import haxe.Int64;
import haxe.Int32;

class Main {
  static inline var MAX = 100;
  static inline final RATIO = 1.5;
  static final NAMES = ["a", "b"];
  static function main() {
    var a = 7, b = 2;
    trace(a / b, Std.int(a / b), a % b, a * RATIO);
    var f:Float = a;
    f += 0.5;
    var g = a + f;
    trace(g, f * 2, -f, Math.floor(f), Math.ceil(f), Math.round(f), Math.abs(-3), Math.abs(-2.5));
    trace(Math.min(1, 2), Math.max(1.5, a), Math.sqrt(16), Math.pow(2, 10), Math.isNaN(Math.NaN), Math.POSITIVE_INFINITY > 0);
    var bits = 0xFF;
    trace(bits & 0x0F, bits | 0x100, bits ^ 1, bits << 2, bits >> 1, -1 >>> 28, ~bits);
    var x = 5;
    x <<= 1; x |= 1; x &= 0xF; x ^= 2; x >>= 1; x >>>= 0; x %= 4; x *= 3; x -= 1;
    trace(x);
    var i64 = Int64.make(1, 0);
    var j64 = Int64.ofInt(5);
    var k = i64 + j64;
    trace(Int64.toStr(k), k > j64, Int64.toInt(j64 * 2));
    var i32:Int32 = 0x7FFFFFFF;
    i32 = i32 + 1;
    trace(i32);
    trace(MAX * 2, NAMES.length);
    var u:UInt = 3;
    trace(u + 1);
    trace(Std.parseInt("42") + 1, Std.parseFloat("1.5") * 2, Std.string(3.0), Std.random(1) == 0);
    var n:Null<Int> = null;
    if (n == null) n = 3;
    var sum:Int = n + 1;
    trace(sum);
    var ff = 1e3, hh = 0.5e-2;
    trace(ff, hh, 1 / 3 > 0.3);
    var cnt = 0;
    cnt++; ++cnt; cnt--; --cnt;
    trace(cnt, 10 - 3 * 2 + 8 / 4);
    var mixed = [1, 2.5, 3];
    trace(mixed);
    var avg = (1 + 2 + 3) / 3;
    var int2:Int = Std.int(avg);
    trace(int2, Math.fround(2.5), Std.int(-2.7));
    var big = 2147483647;
    trace(big + 1);
    trace(Int64.parseString("123456789012") + Int64.ofInt(1));
  }
}
