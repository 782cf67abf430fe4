class Main {
  var x:Int = 0;
  var x:String = "";
  static function main() {}
}
