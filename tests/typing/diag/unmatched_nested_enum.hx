enum Shape {
  Circle(r:Float);
  Pair(a:Shape, b:Shape);
  Empty;
}

class Main {
  static function main() {
    var s = Pair(Empty, Empty);
    switch (s) {
      case Circle(_): trace(1);
      case Pair(Empty, _): trace(2);
      case Empty: trace(3);
    }
  }
}
