class Main {
  static function main() {
    var a:Array<String> = ["a", 2];
  }
}
