class Main {
  static var name:String = 12;
  static function main() {
    trace(name);
  }
}
