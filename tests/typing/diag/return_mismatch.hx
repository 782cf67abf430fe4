class Main {
  static function name():String {
    return 1;
  }
  static function main() {
    name();
  }
}
