class Main {
  static function main() {
    var m:Map<String, Int> = ["a" => 1, "b" => "two"];
  }
}
