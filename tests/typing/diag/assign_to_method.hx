class Main {
  static function helper() {}
  static function main() {
    helper = null;
  }
}
