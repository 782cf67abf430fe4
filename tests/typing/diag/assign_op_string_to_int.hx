class Main {
  static function main() {
    var total = 0;
    total += "more";
  }
}
