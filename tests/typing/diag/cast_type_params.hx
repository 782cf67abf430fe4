class Main {
  static function main() {
    var d:Dynamic = [1];
    var a = cast(d, Array<Int>);
  }
}
