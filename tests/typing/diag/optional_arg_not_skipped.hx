class Main {
  static function f(a:Int, ?b:Int, c:String) {}
  static function main() {
    f(1, "s", 2);
  }
}
