enum Shape {
  Circle(radius:Float);
}

class Main {
  static function main() {
    var s = Circle("big");
  }
}
