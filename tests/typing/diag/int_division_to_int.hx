class Main {
  static function main() {
    var half = 0;
    half = 5 / 2;
  }
}
