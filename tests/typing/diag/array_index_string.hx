class Main {
  static function main() {
    var a = [1, 2, 3];
    trace(a["x"]);
  }
}
