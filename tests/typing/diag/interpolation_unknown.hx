class Main {
  static function main() {
    var name = "x";
    trace('hello $nme');
  }
}
