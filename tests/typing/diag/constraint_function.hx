class Main {
  static function total<T:Float>(a:Array<T>):Float {
    return 0;
  }
  static function main() {
    total(["a", "b"]);
  }
}
