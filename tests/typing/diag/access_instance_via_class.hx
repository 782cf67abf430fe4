class Box {
  public var size = 0;
  public function new() {}
}

class Main {
  static function main() {
    trace(Box.size);
  }
}
