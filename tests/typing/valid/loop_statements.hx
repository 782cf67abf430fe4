// Return types and statement positions: a loop body's value is unused, break/continue fit any
// expected type, an unannotated function returning an unannotated argument is not Void.
class Main {
  static function ident(x) return x;
  static function firstEven(a:Array<Int>):Int {
    var found = -1;
    for (x in a) {
      var v:Int = if (x % 2 == 0) x else continue;
      found = v;
      break;
    }
    return found;
  }
  static function main() {
    var k = 0;
    while (k < 5) {
      switch k { case 0: k++; case 1: k += 2; default: break; }
    }
    trace(k, ident(3) + 1, firstEven([1, 3, 4]));
    var i = 0;
    do switch i { case 3: break; case _: i++; } while (true);
    trace(i);
    for (j in 0...3) j > 1 ? break : trace(j);
  }
}
