abstract Meters(Float) {
  inline function new(v:Float) this = v;
  @:from static function fromInt(i:Int):Meters {
    return new Meters(i);
  }
}

class Main {
  static function main() {
    var m:Meters = 3;
    m = "ten";
  }
}
