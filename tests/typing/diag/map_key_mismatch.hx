class Main {
  static function main() {
    var m = new Map<String, Int>();
    m.set(1, 2);
  }
}
