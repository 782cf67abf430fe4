class Base {
  public function new() {}
  public function speak() {}
}

class Child extends Base {
  public function speak() {}
}

class Main {
  static function main() {
    new Child().speak();
  }
}
