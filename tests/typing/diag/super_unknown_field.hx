class Base {
  public function new() {}
}

class Child extends Base {
  public function new() {
    super();
    super.setup();
  }
}

class Main {
  static function main() {
    new Child();
  }
}
