class Main {
  static function main() {
    var x = 5;
    x();
  }
}
