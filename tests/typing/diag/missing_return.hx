class Main {
  static function f(x:Int):Int {
    trace(x);
  }
  static function main() {
    f(1);
  }
}
