class Main {
  static function first<T>(a:Array<T>):T {
    return a[0];
  }
  static function label():String {
    return first([1, 2]);
  }
  static function main() {
    label();
  }
}
