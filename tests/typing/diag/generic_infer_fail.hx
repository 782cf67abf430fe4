class Main {
  static function same<T>(a:T, b:T):T {
    return a;
  }
  static function main() {
    same(1, "one");
  }
}
