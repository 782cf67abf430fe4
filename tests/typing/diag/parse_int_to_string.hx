class Main {
  static function main() {
    var s = "";
    s = Std.parseInt("3");
  }
}
