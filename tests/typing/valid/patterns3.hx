enum Color { Red; Green; Blue; }
enum Light { Red; Yellow; Green; }
enum Op { Add(a:Int, b:Int); Sub(a:Int, b:Int); Neg(a:Op); Lit(v:Int); }
enum Pair<A, B> { P(a:A, b:B); }

class Main {
  static function eval(o:Op):Int return switch o {
    case Add(a, b) | Sub(b, a) if (a == b): 0;
    case Add(a, b): a + b;
    case Sub(a, b): a - b;
    case Neg(Lit(v)) | Lit(v): v;
    case Neg(_): -1;
  }
  static function main() {
    var c:Color = Color.Red;
    var l:Light = Light.Green;
    switch c { case Color.Red: trace("red"); case Color.Green | Color.Blue: trace("gb"); }
    switch l { case Red: trace("stop"); case Yellow: trace("slow"); case Green: trace("go"); }
    trace(eval(Add(1, 2)), eval(Sub(3, 3)), eval(Neg(Lit(4))), eval(Lit(2)), eval(Neg(Add(1, 1))));
    var o = haxe.ds.Option.Some(5);
    switch o {
      case v = Some(x) if (x > 3): trace(v, x);
      case _:
    }
    var arr = [1, 2, 3];
    switch arr {
      case [var x, _, var z]: trace(x + z);
      case _:
    }
    var d = {a: 1, b: "x"};
    switch d {
      case {a: 1, b: s}: trace(s);
      case _: trace("no");
    }
    var s = "b";
    var n = 2;
    switch s {
      case "a" | "b" if (n > 1): trace("ab big");
      case "a" | "b": trace("ab");
      case _:
    }
    switch n { default: }
    var p = P("k", [1, 2]);
    switch p {
      case P("k", [a, b]): trace(a + b);
      case P(_, _): trace("other");
    }
    var t = switch [c, l] {
      case [Color.Red, Light.Red]: "both red";
      case [Color.Red, _] | [_, Light.Red]: "one red";
      case _: "none";
    }
    trace(t);
    var nested = {inner: {v: [1, 2]}, name: "n"};
    switch nested {
      case {inner: {v: [1, x]}, name: nm}: trace(nm + x);
      case _:
    }
    var x:Null<Int> = null;
    var r = switch x { case null: "null"; case 0: "zero"; case v: "v" + v; }
    trace(r);
    var tup = switch [1, 2.5, "s"] { case [1, f, str] if (f > 2): str + f; case _: "?"; }
    trace(tup);
    var b1 = true, b2 = false;
    switch [b1, b2] {
      case [true, true]: trace("tt");
      case [true, false]: trace("tf");
      case [false, _]: trace("f_");
    }
  }
}
