class Main {
  static function nothing():Void {}
  static function main() {
    var x = nothing();
  }
}
