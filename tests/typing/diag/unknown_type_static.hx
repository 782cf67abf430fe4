class Main {
  static function main() {
    Foo.bar();
  }
}
