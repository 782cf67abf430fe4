class Main {
  static function main() {
    var s = "hello";
    trace(s.lenght);
  }
}
