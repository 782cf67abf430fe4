class Main {
  static function main() {
    var f:Foo = null;
  }
}
