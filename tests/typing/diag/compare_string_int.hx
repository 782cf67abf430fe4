class Main {
  static function main() {
    var s = "a";
    trace(s < 1);
  }
}
