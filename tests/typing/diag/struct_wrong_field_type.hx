typedef Named = {name:String};

class Main {
  static function main() {
    var o = {name: 42};
    var n:Named = {name: "x"};
    n = o;
  }
}
