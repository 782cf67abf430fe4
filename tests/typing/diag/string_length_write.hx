class Main {
  static function main() {
    var s = "abc";
    s.length = 2;
  }
}
