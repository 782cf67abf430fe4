class Main {
  static function main() {
    var o:{x:Int, y:Int} = {x: 1, y: "two"};
  }
}
