class Base {
  public function new() {}
  public final function speak() {}
}

class Child extends Base {
  override public function speak() {}
}

class Main {
  static function main() {
    new Child();
  }
}
