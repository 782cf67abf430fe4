class Main {
  static function main() {
    var n = 1;
    switch (n) {
      case "one": trace(1);
      case _: trace(2);
    }
  }
}
