class Main {
  static function main() {
    var ages = new Map<String, Int>();
    ages["bob"] = "old";
  }
}
