class Main {
  static function greet(name:String) {
    trace(name);
  }
  static function main() {
    greet(42);
  }
}
