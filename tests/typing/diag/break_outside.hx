class Main {
  static function main() {
    break;
  }
}
