class Main {
  static function main() {
    var i = 10;
    trace(i[0]);
  }
}
