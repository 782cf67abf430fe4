class Main {
  static function main() {
    var o = {a: 1, a: 2};
  }
}
