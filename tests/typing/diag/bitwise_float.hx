class Main {
  static function main() {
    var f = 1.5;
    trace(f & 1);
  }
}
