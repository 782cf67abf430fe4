class Main {
  static function main() {
    for (i in 3...3) trace(i);
    for (i in -1...-3) trace(i);
  }
}
