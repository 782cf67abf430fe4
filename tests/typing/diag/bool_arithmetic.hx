class Main {
  static function main() {
    var b = true;
    trace(b + 1);
  }
}
