class Base {
  public function new() {}
}

class Child implements Base {
  public function new() {}
}

class Main {
  static function main() {
    new Child();
  }
}
