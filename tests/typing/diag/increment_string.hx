class Main {
  static function main() {
    var s = "ab";
    s++;
  }
}
