abstract class Shape {
  public function new() {}
  public abstract function area():Float;
}

class Square extends Shape {
  public function new() {
    super();
  }
}

class Main {
  static function main() {
    new Square();
  }
}
