class Main {
  static function main() {
    var n = 2;
    var s:String = switch (n) {
      case 1: "one";
      case 2: "two";
    }
  }
}
