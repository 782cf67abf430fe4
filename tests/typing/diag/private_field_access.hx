class Box {
  var secret:Int = 0;
  public function new() {}
}

class Main {
  static function main() {
    var b = new Box();
    trace(b.secret);
  }
}
