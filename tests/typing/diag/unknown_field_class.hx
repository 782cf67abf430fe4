class Point {
  public var x:Int = 0;
  public var y:Int = 0;
  public function new() {}
}

class Main {
  static function main() {
    var p = new Point();
    trace(p.z);
  }
}
