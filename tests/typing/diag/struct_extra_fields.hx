class Main {
  static function place(p:{x:Int}) {}
  static function main() {
    place({x: 1, y: 2, z: 3});
  }
}
