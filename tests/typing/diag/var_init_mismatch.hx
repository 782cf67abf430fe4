class Main {
  static function main() {
    var x:String = 1;
  }
}
