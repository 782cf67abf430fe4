class Main {
  static function f(?x:Int):String {
    return x;
  }
  static function main() {
    f();
  }
}
