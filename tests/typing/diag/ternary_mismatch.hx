class Main {
  static function main() {
    var b = true;
    var x:String = b ? "yes" : 0;
  }
}
