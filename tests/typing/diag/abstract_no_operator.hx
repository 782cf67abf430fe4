abstract Meters(Int) {
  public function new(v:Int) this = v;
}

class Main {
  static function main() {
    var a = new Meters(1);
    var b = new Meters(2);
    trace(a + b);
  }
}
