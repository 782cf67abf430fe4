class Main {
  static function main() {
    var a = [1, "two"];
  }
}
