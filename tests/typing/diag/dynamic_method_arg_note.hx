class Main {
  static function f(a:Int, b:String, c:Bool) {}
  static function main() {
    f(1, "b", "c");
  }
}
