class Main {
  static function nothing():Void {}
  static function main() {
    trace(nothing().length);
  }
}
