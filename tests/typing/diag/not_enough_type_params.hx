class Main {
  static function keys(m:Map<String>) {}
  static function main() {}
}
