class Main {
  static function main() {
    var ints:Array<Int> = [1, 2];
    var floats:Array<Float> = [];
    floats = ints;
  }
}
