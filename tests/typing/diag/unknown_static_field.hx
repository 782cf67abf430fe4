class Main {
  static function helper() {}
  static function main() {
    Main.helpr();
  }
}
