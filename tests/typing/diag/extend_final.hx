final class Base {
  public function new() {}
}

class Child extends Base {}

class Main {
  static function main() {
    new Child();
  }
}
