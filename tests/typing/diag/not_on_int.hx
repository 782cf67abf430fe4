class Main {
  static function main() {
    var i = 1;
    trace(!i);
  }
}
