enum Color { Red; Green; Blue; Rgb(r:Int, g:Int, b:Int); }
enum Tree<T> { Leaf(v:T); Node(l:Tree<T>, r:Tree<T>); Empty; }
enum Expr {
  Num(v:Float);
  Add(a:Expr, b:Expr);
  Mul(a:Expr, b:Expr);
  Neg(e:Expr);
  Var(name:String);
}

class Main {
  static function colorName(c:Color):String {
    return switch c {
      case Red: "red";
      case Green: "green";
      case Blue: "blue";
      case Rgb(0, 0, 0): "black";
      case Rgb(r, g, b) if (r == g && g == b): 'gray $r';
      case Rgb(r, _, _): 'rgb r=$r';
    }
  }
  static function sumTree(t:Tree<Int>):Int {
    return switch (t) {
      case Leaf(v): v;
      case Node(l, r): sumTree(l) + sumTree(r);
      case Empty: 0;
    }
  }
  static function depth<T>(t:Tree<T>):Int {
    switch t {
      case Node(l, r):
        var a = depth(l), b = depth(r);
        return 1 + (a > b ? a : b);
      case _:
        return 0;
    }
  }
  static function eval(e:Expr, env:Map<String, Float>):Float {
    return switch e {
      case Num(v): v;
      case Add(a, b): eval(a, env) + eval(b, env);
      case Mul(Num(0), _) | Mul(_, Num(0)): 0;
      case Mul(a, b): eval(a, env) * eval(b, env);
      case Neg(Neg(x)): eval(x, env);
      case Neg(x): -eval(x, env);
      case Var(n): env.exists(n) ? env[n] : 0;
    }
  }
  static function classify(x:Int):String {
    return switch x {
      case 0: "zero";
      case 1 | 2 | 3: "small";
      case n if (n < 0): "neg";
      case var big if (big > 100): "big";
      case _: "other";
    }
  }
  static function main() {
    for (c in [Red, Green, Blue, Rgb(0, 0, 0), Rgb(5, 5, 5), Rgb(1, 2, 3)]) trace(colorName(c));
    var t = Node(Leaf(1), Node(Leaf(2), Empty));
    trace(sumTree(t), depth(t));
    var env = ["x" => 2.0];
    trace(eval(Add(Num(1), Mul(Var("x"), Neg(Neg(Num(3))))), env));
    trace(classify(0), classify(2), classify(-1), classify(200), classify(50));
    var s = "hello";
    switch s {
      case "hi" | "hello": trace("greeting");
      default: trace("other");
    }
    var tup = switch [1, "a"] {
      case [1, "a"]: "one-a";
      case [_, _]: "else";
    }
    trace(tup);
    var b = true;
    var r = switch [b, 3] {
      case [true, n] if (n > 2): n;
      case [true, _]: 1;
      case [false, _]: 0;
    }
    trace(r);
    var arr = [1, 2, 3];
    switch arr {
      case [a, b, c]: trace(a + b + c);
      case []: trace("empty");
      case _: trace("other");
    }
    var o = {name: "x", age: 3};
    switch o {
      case {name: "x", age: a}: trace(a);
      case _: trace("no");
    }
    var e = Rgb(1, 2, 3);
    if (e.match(Rgb(1, _, _))) trace("matched");
    trace(e.getIndex(), e.getName(), e.getParameters());
    var st = Some(3);
    switch st {
      case Some(v): trace(v);
      case None: trace("none");
    }
    var nested = Some(Some(5));
    switch nested {
      case Some(Some(x)): trace(x);
      case Some(None) | None: trace("nothing");
    }
  }
}
enum Opt<T> { Some(v:T); None; }
