abstract Vec(Array<Float>) {
  public function new() this = [0, 0];
  @:op(A + B) public function add(o:Vec):Vec {
    return new Vec();
  }
}

class Main {
  static function main() {
    var v = new Vec();
    trace(v + 1);
  }
}
