// UInt converts to Float through its @:to toFloat (the unsigned value), not through `to Int`.
class Main {
  static function h(f:Float) return f;
  static function main() {
    var a = -123456; trace(a >> 4); trace(a >>> 4); trace(a << 4); trace(a & 0xFF); trace(a | 0xF); trace(a ^ 0xFFFF); trace(~a);
    trace(0x80000000); trace(0x80000000 >> 31); trace(0x80000000 >>> 31); trace(1 << -1); trace(5 >> 33); trace(-5 >>> 0);
    var u:UInt = 0x80000000; trace(u); trace(u >> 1); trace(u * 2); trace(u + u); trace(u < 5); trace((u:Float));
    var f:Float = u; trace(f); trace(h(u)); trace(Math.sqrt(u) > 46340); var arr:Array<Float> = [u, 1]; trace(arr);
    var big:UInt = 0xFFFFFFFF; trace(big / 2); trace(big + 0.5); var i:Int = big; trace(i);
    trace(Std.int(4000000000.0)); trace(Std.int(-0.9)); trace(Math.floor(-2147483649.5));
    var x = 0x12345678; trace(StringTools.hex(x >>> 16)); trace((x >> 8) & 0xFF);
    var i32:haxe.Int32 = 2147483647; trace(i32 + 1); trace(i32 * 3);
  }
}
