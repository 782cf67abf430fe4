class Main {
  static function count(n:Int) {}
  static function main() {
    count(function(a:Int, ?b:String) {});
  }
}
