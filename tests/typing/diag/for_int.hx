class Main {
  static function main() {
    var n = 10;
    for (i in n) trace(i);
  }
}
