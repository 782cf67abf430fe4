abstract Meters(Float) from Float to Float {
  public inline function new(v:Float) this = v;
  @:op(A + B) public function add(o:Meters):Meters return new Meters(this + o.toFloat());
  @:op(A * B) static function scale(a:Meters, k:Float):Meters return new Meters(a.toFloat() * k);
  @:op(-A) public function neg():Meters return new Meters(-this);
  @:op(A > B) static function gt(a:Meters, b:Meters):Bool return a.toFloat() > b.toFloat();
  public function toFloat():Float return this;
  @:to public function toString():String return this + "m";
  @:from static function fromInt(i:Int):Meters return new Meters(i);
}

enum abstract Dir(Int) to Int {
  var North = 0;
  var East;
  var South;
  var West;
  public function turn():Dir return switch (cast this : Dir) {
    case North: East;
    case East: South;
    case South: West;
    case West: North;
  }
}

enum abstract Level(String) {
  var Low = "low";
  var High = "high";
}

@:forward(push, length, pop)
abstract IntStack(Array<Int>) {
  public function new() this = [];
  public function peek():Int return this[this.length - 1];
}

abstract Grid(Array<Int>) {
  public var w(get, never):Int;
  public function new(w:Int, h:Int) {
    this = [for (i in 0...w * h) 0];
  }
  function get_w() return 3;
  @:arrayAccess public function get(i:Int):Int return this[i];
  @:arrayAccess public function set(i:Int, v:Int):Int return this[i] = v;
}

abstract Vec2({x:Float, y:Float}) {
  public var x(get, set):Float;
  public var y(get, set):Float;
  public function new(x, y) this = {x: x, y: y};
  function get_x() return this.x;
  function set_x(v) return this.x = v;
  function get_y() return this.y;
  function set_y(v) return this.y = v;
  @:op(A + B) public static function plus(a:Vec2, b:Vec2) return new Vec2(a.x + b.x, a.y + b.y);
  @:op(A += B) public function addTo(b:Vec2):Vec2 { this.x += b.x; this.y += b.y; return cast this; }
}

class Main {
  static function useM(m:Meters) return m.toFloat();
  static function main() {
    var a = new Meters(3);
    var b:Meters = 4.5;
    var c = a + b;
    trace(useM(c), useM(5));
    var d = c * 2;
    var e = -d;
    trace(e.toFloat(), a > b);
    var s:String = a;
    trace(s);
    var f:Float = a;
    trace(f);
    var dir = North;
    trace(dir.turn().turn());
    var n:Int = West;
    trace(n);
    var lv:Level = High;
    switch lv {
      case Low: trace("low");
      case High: trace("high");
    }
    var st = new IntStack();
    st.push(1); st.push(2);
    trace(st.length, st.peek(), st.pop());
    var g = new Grid(2, 2);
    g[0] = 5;
    g[1] += 2;
    trace(g[0] + g[1], g.w);
    var v = new Vec2(1, 2) + new Vec2(3, 4);
    v.x = 10;
    v += new Vec2(1, 1);
    trace(v.x, v.y);
  }
}
