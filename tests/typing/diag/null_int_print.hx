class Main {
  static function show(n:Null<Int>):String {
    return n;
  }
  static function main() {
    show(1);
  }
}
