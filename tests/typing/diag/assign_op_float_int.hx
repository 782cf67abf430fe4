class Main {
  static function main() {
    var i = 1;
    i += 1.5;
  }
}
