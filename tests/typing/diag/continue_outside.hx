class Main {
  static function main() {
    trace(1);
    continue;
  }
}
