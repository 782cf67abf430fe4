class Main {
  static function main() {
    var i:Int = 1.5;
  }
}
