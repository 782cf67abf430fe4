interface Shape {}

class Square extends Shape {
  public function new() {}
}

class Main {
  static function main() {
    new Square();
  }
}
