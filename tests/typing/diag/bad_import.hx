import haxe.ds.Missing;

class Main {
  static function main() {}
}
