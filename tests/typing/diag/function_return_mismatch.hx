class Main {
  static function main() {
    var make:Void->Int = null;
    make = function() return "made";
  }
}
