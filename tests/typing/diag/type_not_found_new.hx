class Main {
  static function main() {
    var f = new Foo();
  }
}
