class Main {
  static function main() {
    final x = 1;
    x = 2;
  }
}
