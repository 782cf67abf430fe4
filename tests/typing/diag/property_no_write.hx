class Box {
  public var size(default, null):Int = 0;
  public function new() {}
}

class Main {
  static function main() {
    var b = new Box();
    b.size = 2;
  }
}
