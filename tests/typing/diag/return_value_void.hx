class Main {
  static function f():Void {
    return 1;
  }
  static function main() {
    f();
  }
}
