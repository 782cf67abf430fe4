class Main {
  var x = 1;
  static function main() {
    trace(this);
  }
}
