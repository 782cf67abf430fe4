class Main {
  static function main() {
    var m = [1 => "one", 2 => 2];
  }
}
