class Main {
  static function main() {
    trace(foo);
  }
}
