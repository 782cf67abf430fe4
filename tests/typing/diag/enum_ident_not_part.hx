enum Color {
  Red;
  Green;
}

class Main {
  static function paint(c:Color) {}
  static function main() {
    paint(Blue);
  }
}
