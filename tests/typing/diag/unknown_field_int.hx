class Main {
  static function main() {
    var i = 42;
    trace(i.length);
  }
}
