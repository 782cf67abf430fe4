enum Shape {
  Circle(r:Float);
  Rect(w:Float, h:Float);
  Poly(points:Array<{x:Float, y:Float}>);
}

typedef Person = {name:String, age:Int, ?email:String};

class Main {
  static function parseInt(s:String):Null<Int> return Std.parseInt(s);
  static function isPositive(n:Int) return n > 0;
  static function describe(s:Shape):String {
    return switch s {
      case Circle(r) if (r <= 0): "degenerate";
      case Circle(1): "unit circle";
      case Circle(r): 'circle $r';
      case Rect(w, h) if (w == h): 'square $w';
      case Rect(w, h): 'rect ${w}x$h';
      case Poly([]): "empty poly";
      case Poly([p]): 'point ${p.x}';
      case Poly([{x: 0, y: 0}, _]): "from origin";
      case Poly(pts): '${pts.length}-gon';
    }
  }
  static function main() {
    for (s in [Circle(0), Circle(1), Circle(2), Rect(2, 2), Rect(1, 3), Poly([]), Poly([{x: 1, y: 1}]), Poly([{x: 0, y: 0}, {x: 1, y: 1}]), Poly([for (i in 0...3) {x: i, y: i}])])
      trace(describe(s));
    var people:Array<Person> = [{name: "Ann", age: 30}, {name: "Bob", age: 17, email: "b@x"}];
    for (p in people) {
      var kind = switch p {
        case {age: a} if (a < 18): "minor";
        case {name: "Ann"}: "ann";
        case _: "adult";
      }
      trace(kind);
    }
    var input = "42";
    switch input {
      case parseInt(_) => null: trace("nan");
      case parseInt(_) => v if (v > 40): trace('big $v');
      case _: trace("small");
    }
    var n = 5;
    switch n {
      case isPositive(_) => true: trace("pos");
      case _: trace("nonpos");
    }
    var arr = ["a", "b", "c"];
    switch arr {
      case _.length => 3: trace("three");
      case _: trace("?");
    }
    var pair = {a: 1, b: "x"};
    switch pair {
      case {a: 1, b: s}: trace(s);
      default:
    }
    var t = [1, 2];
    switch t {
      case [x, y] | [y, x, _]: trace(x + y);
      case _:
    }
    var o:Null<String> = null;
    switch o {
      case null: trace("null!");
      case v: trace(v);
    }
    var x = 3.5;
    switch x {
      case 3.5: trace("three and a half");
      case _:
    }
    switch [n, input] {
      case [5, "42"]: trace("both");
      case [_, _]: trace("neither");
    }
    var e = Rect(1, 2);
    var area = switch e {
      case Circle(r): Math.PI * r * r;
      case Rect(w, h): w * h;
      case Poly(_): 0;
    }
    trace(area);
    switch e {
      case Rect(w = 1, h): trace(w + h);
      case all = Circle(_): trace(all);
      default:
    }
    var str = "hello";
    var r = switch str.length {
      case 0: "empty";
      case l if (l < 3): "short";
      case 5 | 6: "medium";
      default: "long";
    }
    trace(r);
    var flag = true;
    trace(switch flag { case true: 1; case false: 0; });
    var nested = [[1, 2], [3, 4]];
    switch nested {
      case [[a, _], [_, d]]: trace(a + d);
      case _:
    }
    var opt:haxe.ds.Option<Array<Int>> = Some([1]);
    switch opt {
      case Some([v]): trace(v);
      case Some(_) | None: trace("other");
    }
  }
}
