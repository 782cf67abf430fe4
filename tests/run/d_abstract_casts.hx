abstract Celsius(Float) from Float {
  public inline function new(v:Float) this = v;
  @:to public function toF():Fahrenheit return new Fahrenheit(this * 9 / 5 + 32);
  @:to public function toStr():String return this + "C";
  public function value() return this;
}
abstract Fahrenheit(Float) { public inline function new(v:Float) this = v; public function value() return this; }
abstract Id(Int) to Int { public inline function new(i) this = i; @:to function toStr():String return "#" + this; }
abstract Plain(Int) from Int to Int {}
enum abstract Col(String) to String { var Red = "red"; }
class Main { static function main() {
  var c = new Celsius(100); var f:Fahrenheit = c; trace(f.value()); var s:String = c; trace(s);
  var id = new Id(5); var n:Int = id; trace(n); var fl:Float = id; trace(fl); var st:String = id; trace(st);
  trace("x" + id); trace(Std.string(id));
  var s2 = "a"; s2 += id; trace(s2); trace(id + "y"); trace("n" + (3:Plain)); trace("c:" + Red); trace(1 + "x" + id);
} }
