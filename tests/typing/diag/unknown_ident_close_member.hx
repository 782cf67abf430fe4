class Main {
  static var total = 0;
  static function main() {
    totl = 3;
  }
}
