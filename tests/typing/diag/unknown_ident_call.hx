class Main {
  static function main() {
    prnt("hello");
  }
}
