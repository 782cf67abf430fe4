enum Shape {
  Rect(w:Float, h:Float);
}

class Main {
  static function main() {
    var s = Rect(1.0);
  }
}
