abstract Meters(Int) {
  public function new(v:Int) this = v;
}

class Main {
  static function walk(distance:Meters) {}
  static function main() {
    walk(1);
  }
}
