class Main {
  static function main() {
    var o:haxe.ds.Option<Int> = Some("x");
  }
}
