abstract Celsius(Float) from Float to Float {
  @:to public function toFahrenheit():Fahrenheit return (this * 9 / 5 + 32 : Float);
}
abstract Fahrenheit(Float) from Float { public inline function value():Float return this; }
abstract C2(Float) from Float {
  @:to public function toFahrenheit():Fahrenheit return (this * 9 / 5 + 32 : Float);
}
class Main {
  static function main() {
    var t:Celsius = 25.0;
    var f:Fahrenheit = t;
    var t2:C2 = 25.0;
    var f2:Fahrenheit = t2;
    trace(f.value(), f2.value());
  }
}
