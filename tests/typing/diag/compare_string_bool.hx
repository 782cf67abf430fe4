class Main {
  static function main() {
    var s = "yes";
    if (s == true) trace(s);
  }
}
