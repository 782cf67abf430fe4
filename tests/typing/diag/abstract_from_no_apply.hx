abstract Meters(Int) from Int {
}

class Main {
  static function walk(distance:Meters) {}
  static function main() {
    walk("ten");
  }
}
