typedef Point = {x:Int, y:Int};

class Main {
  static function main() {
    var v:Dynamic = {x: 1, y: 2};
    trace((v is Point));
  }
}
