enum Color {
  Red;
  Green;
  Blue;
}

class Main {
  static function main() {
    var c = Red;
    switch (c) {
      case Red: trace("r");
    }
  }
}
