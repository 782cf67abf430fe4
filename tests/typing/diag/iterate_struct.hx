class Main {
  static function main() {
    var o = {a: 1};
    for (x in o) trace(x);
  }
}
