class Main {
  static function main() {
    for (i in 0...10) {
      i += 2;
    }
  }
}
