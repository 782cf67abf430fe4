class Box {
  public final size:Int;
  public function new() {
    size = 1;
  }
}

class Main {
  static function main() {
    var b = new Box();
    b.size = 2;
  }
}
