class Base {
  public function new(x:Int) {}
}

class Child extends Base {
  public function new() {}
}

class Main {
  static function main() {
    new Child();
  }
}
