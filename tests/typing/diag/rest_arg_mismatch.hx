class Main {
  static function log(level:Int, ...parts:String) {}
  static function main() {
    log(1, "a", 2);
  }
}
