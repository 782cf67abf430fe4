class Main {
  static function main() {
    var a = [1, 2, 3];
    a.pusj(4);
  }
}
