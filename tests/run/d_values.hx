// A null among array-literal values makes the element type nullable; static functions compare equal.
class Main {
  static function f() {}
  static function g() {}
  static function main() {
    var a = {arr: [1.5, null]};
    trace(a.arr); trace(a);
    var b = [1, null, 3]; trace(b); b[0] = null; trace(b);
    trace({arr: [1, null]});
    var opt:Null<Int> = null; var c = [2, opt]; trace(c);
    var d = [null, 2.5]; trace(d);
    var cond = Std.random(1) == 0;
    var x = if (cond) 1.5 else null; trace(x);
    var y = cond ? null : 2; trace(y);
    trace(Main.main == Main.main);
    var p = f; var q = f; trace(p == q); trace(p == g); trace(p != q);
    var l = () -> 1; var l2 = l; trace(l == l2);
    var n:Void->Void = null; trace(n == null); trace(p == null);
    var arr = [f, g]; trace(arr.indexOf(g)); trace(arr.contains(f));
  }
}
