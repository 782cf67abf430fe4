typedef Cb = (err:Null<String>, ?data:Int) -> Void;

class Main {
  static function f(a:Int, ?b:Int, ?c:String, ?d:Bool):String return '$a/$b/$c/$d';
  static function g(?x:Float, y:String = "def", ?z:Array<Int>):String return '$x/$y/$z';
  static function h(name:String, ?opts:{?verbose:Bool}, ?cb:Cb) {
    if (cb != null) cb(null, name.length);
    return opts != null && opts.verbose == true;
  }
  static function k(a:Int, b:Int = 2, c:Int = 3) return a + b + c;
  static function main() {
    trace(f(1), f(1, 2), f(1, "s"), f(1, true), f(1, 2, "s", false), f(1, null, null, true), f(1, "x", true));
    trace(g(), g(1.5), g("y"), g([1]), g(2, "w", [3]), g(null, "q"));
    trace(h("n"), h("n", {verbose: true}), h("n", (e, ?d) -> trace(d)), h("m", null, function(e, ?d) trace(e)));
    trace(k(1), k(1, 10), k(1, 10, 100));
    var cb:Cb = (e, ?d) -> trace(e, d);
    cb("err");
    cb(null, 5);
    var opt = (?n:Int) -> n == null ? 0 : n;
    trace(opt(), opt(4));
    var def = function(x:Int = 7) return x;
    trace(def(), def(1));
  }
}
