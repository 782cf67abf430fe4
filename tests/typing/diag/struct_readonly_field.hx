class Main {
  static function measure(o:{length:Int}):Int {
    return o.length;
  }
  static function main() {
    measure("abc");
  }
}
