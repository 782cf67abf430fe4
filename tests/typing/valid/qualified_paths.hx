class Main {
  static var count = 0;
  static function helper() return Main.count++;
  static function main() {
    var m = new haxe.ds.StringMap<Int>();
    m.set("a", 1);
    var b = haxe.io.Bytes.alloc(2);
    var i = haxe.Int64.ofInt(5);
    var o = haxe.ds.Option.Some(1);
    var n = haxe.EnumTools.EnumValueTools.getName(o);
    var t:haxe.ds.Option<String> = None;
    var l = new haxe.ds.List<String>();
    var e = new haxe.Exception("x");
    var v:haxe.ds.Vector<Int> = new haxe.ds.Vector(3);
    Main.helper();
    helper();
    trace(m.get("a"), b.length, haxe.Int64.toStr(i), n, t, l.length, e.message, v.length, Main.count);
    var p:haxe.PosInfos = null;
    var ic:haxe.Constraints.IMap<String, Int> = m;
    trace(ic.exists("a"), p == null);
    var arr:Array<haxe.ds.Option<Int>> = [Some(1), None];
    trace(arr.length, StringTools.trim(" x "), std.Math.abs(-1));
  }
}
