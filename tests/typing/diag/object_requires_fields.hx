typedef Rect = {x:Int, y:Int, w:Int, h:Int};

class Main {
  static function area(r:Rect):Int {
    return r.w * r.h;
  }
  static function main() {
    area({x: 0, y: 0});
  }
}
