class P {
  public var a(default, default):Int = 1;
  public var b(get, set):Int;
  public var c(get, null):Int;
  public var d(null, set):Int;
  public var e(default, null):Int = 5;
  public var f(default, never):Int = 6;
  public var g(get, never):Int;
  public var h(never, set):Int;
  public var i(dynamic, dynamic):Int;
  public var j(default, dynamic):Int = 10;
  @:isVar public var k(get, set):Int = 11;
  @:isVar public var l(default, set):String = "l";
  @:isVar public var m(get, default):Float = 1.5;
  public static var sa(get, set):Int;
  static var _sa = 0;
  public static var sb(default, null):String = "sb";
  static function get_sa() return _sa;
  static function set_sa(v) return _sa = v;
  var store = 0;
  public function new() {}
  function get_b() return store;
  function set_b(v) return store = v;
  function get_c() return store * 2;
  function set_d(v) { store = v; return v; }
  function get_g() return 7;
  function set_h(v:Int) { store = v * 10; return v; }
  function get_i() return 9;
  function set_i(v) return v;
  function get_k() return k;
  function set_k(v) return k = v;
  function set_l(v:String) return l = v + "!";
  function get_m() return m * 2;
  public function internal() { c = 1; d = 2; e = 3; return c + e; }
}

class Main {
  static function main() {
    var p = new P();
    p.a = 2; p.b = 3; p.d = 4; p.h = 5; p.k = 8; p.l = "x"; p.m = 2.0;
    trace(p.a, p.b, p.c, p.e, p.f, p.g, p.j, p.k, p.l, p.m, p.internal());
    P.sa = 3;
    P.sa++;
    trace(P.sa, P.sb);
    p.b += 1;
    p.k *= 2;
    p.l += "y";
    trace(p.b, p.k, p.l);
  }
}
