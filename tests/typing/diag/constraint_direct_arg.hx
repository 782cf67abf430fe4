class Main {
  static function sum<T:Float>(a:T, b:T):T {
    return a;
  }
  static function main() {
    sum("a", "b");
  }
}
