class Main {
  static function main() {
    var s = "abc";
    trace(s - 1);
  }
}
