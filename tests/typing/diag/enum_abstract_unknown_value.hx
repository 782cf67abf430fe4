enum abstract Dir(Int) {
  var North;
  var South;
}

class Main {
  static function main() {
    var d = Dir.Up;
  }
}
