class Main {
  static function main() {
    var n = 1;
    if (n) trace("yes");
  }
}
