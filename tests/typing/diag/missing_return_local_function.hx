class Main {
  static function main() {
    var f = function(x:Int):Int {
      trace(x);
    };
    f(1);
  }
}
