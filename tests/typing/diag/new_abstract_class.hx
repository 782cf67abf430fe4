abstract class Shape {
  public function new() {}
  public abstract function area():Float;
}

class Main {
  static function main() {
    var s = new Shape();
  }
}
