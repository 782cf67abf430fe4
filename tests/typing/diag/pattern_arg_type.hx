enum Shape {
  Circle(radius:Float);
  Square(side:Float);
}

class Main {
  static function main() {
    var s = Circle(1.0);
    switch (s) {
      case Circle("big"): trace(1);
      case _: trace(2);
    }
  }
}
