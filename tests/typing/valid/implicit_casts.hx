abstract Name(String) {
  inline function new(s:String) this = s;
  @:from static function fromString(s:String):Name return new Name(s.toUpperCase());
  @:from static function fromInt(i:Int):Name return new Name("N" + i);
  @:to function toString():String return this;
}

abstract Percent(Float) {
  inline function new(f) this = f;
  @:from static function fromInt(i:Int):Percent return new Percent(i / 100);
  @:to function toFloat():Float return this;
}

typedef Tagged = {name:Name, pct:Percent};

class Main {
  static function greet(n:Name):String return "hi " + n;
  static function mk():Name return "ret";
  static function total(ps:Array<Percent>):Float {
    var s = 0.0;
    for (p in ps) { var x:Float = p; s += x; }
    return s;
  }
  static function main() {
    trace(greet("bob"), greet(7), mk());
    var names:Array<Name> = ["a", "b", 3];
    var m:Map<String, Name> = ["k" => "v"];
    var t:Tagged = {name: "x", pct: 50};
    trace(names, m["k"], t.name, total([10, 20]));
    var n:Name = "direct";
    var s:String = n;
    var f:Float = t.pct;
    trace(s, f);
    var c = true;
    var cond:Name = c ? "yes" : "no";
    trace(cond);
    var fromSwitch:Name = switch 1 { case 1: "one"; default: 2; };
    trace(fromSwitch);
    names.push("pushed");
    names[0] = "set";
    trace(names.length, names.indexOf("SET"));
  }
}
