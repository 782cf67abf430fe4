class Main {
  static function main() {
    var v:Dynamic = [1, 2];
    trace((v is Array<Int>));
  }
}
