class Main {
  static function f():Int {
    return;
  }
  static function main() {
    f();
  }
}
