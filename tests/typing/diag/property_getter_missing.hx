class Box {
  public var size(get, never):Int;
  public function new() {}
}

class Main {
  static function main() {
    trace(new Box().size);
  }
}
