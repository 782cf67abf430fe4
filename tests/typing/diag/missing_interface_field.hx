interface Shape {
  function area():Float;
}

class Square implements Shape {
  public function new() {}
}

class Main {
  static function main() {
    new Square();
  }
}
