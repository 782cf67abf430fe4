class Main {
  static function sign(x:Int):Int {
    if (x > 0) return 1;
  }
  static function main() {
    sign(1);
  }
}
