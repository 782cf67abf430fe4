abstract Vec2(Array<Float>) {
  public var x(get, set):Float; public var y(get, set):Float;
  public inline function new(x:Float, y:Float) this = [x, y];
  inline function get_x() return this[0]; inline function set_x(v) return this[0] = v;
  inline function get_y() return this[1]; inline function set_y(v) return this[1] = v;
  @:op(A + B) public static function add(a:Vec2, b:Vec2) return new Vec2(a.x + b.x, a.y + b.y);
  @:op(A - B) public static function sub(a:Vec2, b:Vec2) return new Vec2(a.x - b.x, a.y - b.y);
  @:op(A * B) @:commutative public static function scale(a:Vec2, s:Float) return new Vec2(a.x * s, a.y * s);
  @:op(A == B) public static function eq(a:Vec2, b:Vec2) return a.x == b.x && a.y == b.y;
  @:op([]) public function idx(i:Int):Float return this[i];
  public var length(get, never):Float;
  function get_length() return Math.sqrt(x * x + y * y);
  @:to public function toString():String return '<$x, $y>';
}

abstract Celsius(Float) from Float to Float {
  @:to public function toFahrenheit():Fahrenheit return (this * 9 / 5 + 32 : Float);
  @:op(A > B) static function gt(a:Celsius, b:Celsius):Bool;
  @:op(A += B) static inline function addEq(a:Celsius, b:Float):Celsius return (a : Float) + b;
  public inline function value():Float return this;
}
abstract Fahrenheit(Float) from Float { public inline function value():Float return this; }

abstract Flags(Int) {
  public static inline var READ = 1; public static inline var WRITE = 2; public static inline var EXEC = 4;
  public inline function new(v:Int = 0) this = v;
  @:op(A | B) static function or(a:Flags, b:Flags):Flags;
  public inline function has(f:Int) return this & f != 0;
  public inline function with(f:Int):Flags return new Flags(this | f);
  public function toString() { var bits = [READ, WRITE, EXEC], ch = ["r", "w", "x"]; return [for (i in 0...3) (this & bits[i]) != 0 ? ch[i] : "-"].join(""); }
}

class Body {
  public var pos:Vec2; public var vel:Vec2; public var name:String;
  public function new(n, p, v) { name = n; pos = p; vel = v; }
}

class Main {
  static function main() {
    var a = new Vec2(1, 2), b = new Vec2(3, -1);
    var c = a + b * 2;
    trace(c, c.x, c[1], (a - b).length, a == new Vec2(1, 2), a == b, 2 * a);
    c.x += 10; c.y *= 2;
    trace('c=$c', "c=" + c);
    var bodies = [new Body("p", new Vec2(0, 0), new Vec2(1, 0.5)), new Body("q", new Vec2(10, 10), new Vec2(-1, -1))];
    for (step in 0...3) for (bd in bodies) bd.pos = bd.pos + bd.vel;
    for (bd in bodies) trace(bd.name + " at " + bd.pos + " dist " + Math.round(bd.pos.length * 1000) / 1000);
    var t:Celsius = 25.0;
    t += 5;
    var f:Fahrenheit = t;
    trace(t.value(), f.value(), t > (20.0 : Celsius), (10.0 : Celsius) > t);
    var fl = new Flags(Flags.READ);
    var fl2 = fl | new Flags(Flags.EXEC);
    trace(fl, fl2, fl2.has(Flags.EXEC), fl2.has(Flags.WRITE), fl2.with(Flags.WRITE), Flags.WRITE);
    var vs = [new Vec2(3, 4), new Vec2(1, 1), new Vec2(0, 2)];
    vs.sort((p, q) -> Reflect.compare(p.length, q.length));
    trace(vs.map(v -> v.toString()).join(" "), vs[0].length);
    var total = new Vec2(0, 0);
    for (v in vs) total = total + v;
    trace(total, [2.675, 1.005, -1.5, 0.125].map(x -> Math.round(x * 100) / 100));
  }
}
