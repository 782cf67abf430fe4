class Main {
  static function main() {
    var a = true;
    var b = false;
    switch [a, b] {
      case [true, true]: trace(1);
      case [false, _]: trace(2);
    }
  }
}
