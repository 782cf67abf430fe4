class Main {
  static function main() {
    var s = "x";
    while (s) trace(s);
  }
}
