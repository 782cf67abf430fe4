interface Named {
  function name():String;
}

class Person implements Named {
  public function new() {}
  function name():String {
    return "p";
  }
}

class Main {
  static function main() {
    new Person();
  }
}
