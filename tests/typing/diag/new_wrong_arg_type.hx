class Point {
  public function new(x:Int, y:Int) {}
}

class Main {
  static function main() {
    var p = new Point(1, "two");
  }
}
