class Main {
  static function name(x:Int):String {
    switch (x) {
      case 1: return "one";
      case _: trace("other");
    }
  }
  static function main() {
    name(1);
  }
}
