class Main {
  static function main() {
    var n = 3;
    var s:String = switch (n) {
      case 1: "one";
      case 2: 2;
      case _: "many";
    }
  }
}
