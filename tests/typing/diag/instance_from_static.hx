class Main {
  var count = 1;
  static function main() {
    trace(count);
  }
}
