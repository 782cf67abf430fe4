class Main {
  static function apply(f:Int->Int):Int {
    return f(1);
  }
  static function main() {
    apply(function(x:String):Int return 0);
  }
}
