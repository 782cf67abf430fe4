interface Shape {
  function area():Float;
}

class Square implements Shape {
  public function new() {}
  public function area():String {
    return "big";
  }
}

class Main {
  static function main() {
    new Square();
  }
}
