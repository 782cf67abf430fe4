abstract Meters(Int) to Int {
  public function new(v:Int) this = v;
}

class Main {
  static function label():String {
    return new Meters(3);
  }
  static function main() {
    label();
  }
}
