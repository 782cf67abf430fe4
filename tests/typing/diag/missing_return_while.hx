class Main {
  static function find(a:Array<Int>):Int {
    var i = 0;
    while (true) {
      if (i >= a.length) break;
      if (a[i] > 0) return i;
      i++;
    }
  }
  static function main() {
    find([1]);
  }
}
