class Main {
  static function main() {
    var s = "ab";
    trace(s * 2);
  }
}
