class Main {
  static function main() {
    var d:Dynamic = [1, 2];
    for (x in d) trace(x);
  }
}
