class Counter {
  public var value:Int = 0;
  public function new() {}
  public function increment() value++;
}

class Main {
  static function main() {
    var c = new Counter();
    c.incremnt();
  }
}
