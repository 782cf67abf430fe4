class Main {
  static function check(flag:Bool) {}
  static function main() {
    check(0);
  }
}
