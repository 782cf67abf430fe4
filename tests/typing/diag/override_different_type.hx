class Base {
  public function new() {}
  public function size():Int {
    return 1;
  }
}

class Child extends Base {
  override public function size():String {
    return "big";
  }
}

class Main {
  static function main() {
    new Child();
  }
}
