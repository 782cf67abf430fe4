class Main {
  static function apply(f:Int->Int):Int {
    return f(1);
  }
  static function main() {
    apply((a, b) -> a + b);
  }
}
