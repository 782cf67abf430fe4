class Main {
  static function flatten(rows:Array<Array<Float>>) {}
  static function main() {
    var grid:Array<Array<Int>> = [[1]];
    flatten(grid);
  }
}
