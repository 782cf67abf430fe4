class Main {
  function helper() {}
  static function main() {
    helper();
  }
}
