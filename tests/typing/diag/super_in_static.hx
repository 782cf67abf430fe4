class Base {
  public function new() {}
}

class Child extends Base {
  public function new() {
    super();
  }
  static function make() {
    super.toString();
  }
}

class Main {
  static function main() {}
}
