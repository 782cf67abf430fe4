typedef Point = {x:Int, y:Int};

class Main {
  static function main() {
    var p:Point = {x: 1, y: 2, z: 3};
  }
}
