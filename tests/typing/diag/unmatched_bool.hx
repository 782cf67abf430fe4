class Main {
  static function main() {
    var b = Math.random() > 0.5;
    switch (b) {
      case true: trace("yes");
    }
  }
}
