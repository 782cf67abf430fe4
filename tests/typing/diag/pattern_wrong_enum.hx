enum Color {
  Red;
  Green;
}

enum Size {
  Small;
  Large;
}

class Main {
  static function main() {
    var c = Red;
    switch (c) {
      case Small: trace(1);
      case _: trace(2);
    }
  }
}
