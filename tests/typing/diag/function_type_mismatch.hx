class Main {
  static function main() {
    var f:Int->Int = null;
    f = function(s:String) return 1;
  }
}
