class Main {
  static function main() {
    var s = String.fromCharCode("a");
  }
}
