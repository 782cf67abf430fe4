class Main {
  static function f(a:Int, ?b:String):Bool {
    return true;
  }
  static function main() {
    var s = "";
    s = f;
  }
}
