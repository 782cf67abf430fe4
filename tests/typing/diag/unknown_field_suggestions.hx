class Pair {
  public var left1:Int = 0;
  public var left2:Int = 0;
  public function new() {}
}

class Main {
  static function main() {
    var p = new Pair();
    trace(p.left);
  }
}
