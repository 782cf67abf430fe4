class Main {
  static function sum(a:Array<Int>):Int {
    return 0;
  }
  static function main() {
    var mixed:Array<Dynamic> = [1, "a"];
    sum(mixed);
  }
}
