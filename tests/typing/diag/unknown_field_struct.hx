class Main {
  static function main() {
    var o = {alpha: 1, beta: 2};
    trace(o.alpah);
  }
}
