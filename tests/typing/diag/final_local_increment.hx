class Main {
  static function main() {
    final count = 1;
    count++;
  }
}
