enum Shape {
  Rect(w:Float, h:Float);
}

class Main {
  static function main() {
    var s = Rect(1.0, 2.0);
    switch (s) {
      case Rect(w): trace(w);
    }
  }
}
