class Main {
  static function main() {
    var counter = 1;
    trace(countr);
  }
}
