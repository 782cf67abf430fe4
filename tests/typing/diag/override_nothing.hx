class Base {
  public function new() {}
}

class Child extends Base {
  override public function speak() {}
}

class Main {
  static function main() {
    new Child();
  }
}
