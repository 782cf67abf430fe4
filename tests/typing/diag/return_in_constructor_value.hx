class Box {
  public function new() {
    return 1;
  }
}

class Main {
  static function main() {
    new Box();
  }
}
