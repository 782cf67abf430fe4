class Main {
  static function main() {
    function twice(x:Int):Int {
      return x * 2;
    }
    twice(1, 2);
  }
}
