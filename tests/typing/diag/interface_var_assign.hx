interface Named {
  var name(default, null):String;
}

class Person implements Named {
  public var name(default, null):String;
  public function new() {
    name = "x";
  }
}

class Main {
  static function main() {
    var n:Named = new Person();
    n.name = "y";
  }
}
