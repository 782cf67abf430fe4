class Main {
  static function main() {
    var c = Math.random() > 0.5;
    var x:Int = if (c) 1 else "one";
  }
}
