enum Color {
  Red;
  Green;
}

class Main {
  static function main() {
    var c = Color.Gren;
  }
}
