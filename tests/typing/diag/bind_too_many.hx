class Main {
  static function add(a:Int, b:Int):Int {
    return a + b;
  }
  static function main() {
    var f = add.bind(1, 2, 3);
  }
}
