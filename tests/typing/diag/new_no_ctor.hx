class Tool {
  public static function use() {}
}

class Main {
  static function main() {
    var t = new Tool();
  }
}
