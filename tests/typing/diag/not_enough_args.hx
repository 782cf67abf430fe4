class Main {
  static function add(a:Int, b:Int):Int {
    return a + b;
  }
  static function main() {
    add(1);
  }
}
