class Singleton {
  function new() {}
}

class Main {
  static function main() {
    var s = new Singleton();
  }
}
