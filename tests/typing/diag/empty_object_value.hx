class Main {
  static function main() {
    var n = 0;
    n = {};
  }
}
