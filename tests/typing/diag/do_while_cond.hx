class Main {
  static function main() {
    var i = 0;
    do {
      i++;
    } while (i);
  }
}
