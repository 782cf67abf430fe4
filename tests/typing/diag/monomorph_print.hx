class Main {
  static function main() {
    var a = [];
    var s:String = a;
  }
}
