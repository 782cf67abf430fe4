// Unannotated arguments read as structures accept class instances with those fields (methods, vars, read-only properties).
class Runner { public function new() {} public function run() return "ran"; public var x:Int = 1; public var ro(default, null):Int = 2; }
class Main {
  static function callIt(o) return o.run();
  static function setX(o) { o.x = 5; return o.x; }
  static function readRo(o) return o.ro;
  static function main() {
    trace(callIt(new Runner()), setX(new Runner()), readRo(new Runner()));
  }
}
