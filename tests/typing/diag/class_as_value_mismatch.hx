class Main {
  static function main() {
    var s = "name";
    s = Main;
  }
}
