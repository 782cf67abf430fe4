class Main {
  static function main() {
    var a = [1, 2];
    a.push("three");
  }
}
