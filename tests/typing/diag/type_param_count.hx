class Main {
  static function main() {
    var a:Array<Int, String> = [];
  }
}
