typedef Mapper<A, B> = A->B;
typedef Shape = {
  function area():Float;
  var name(default, null):String;
}
typedef HasX = {var x:Float;};
typedef ROPoint = {final x:Int; final y:Int;};

class Sq {
  public var name(default, null):String = "sq";
  public var side:Float;
  public function new(s) side = s;
  public function area() return side * side;
}

class Circ {
  public var name(default, null) = "circle";
  public var r = 1.0;
  public function new() {}
  public function area():Float return Math.PI * r * r;
}

class P {
  public var x:Float = 0;
  public var y:Int = 0;
  public function new() {}
}

class Main {
  static function total(shapes:Array<Shape>):Float {
    var t = 0.0;
    for (s in shapes) t += s.area();
    return t;
  }
  static function apply<A, B>(m:Mapper<A, B>, a:A):B return m(a);
  static function getX(o:HasX) return o.x;
  static function countdown(n:Int):Iterator<Int> {
    var i = n;
    return {hasNext: () -> i > 0, next: () -> i--};
  }
  static function main() {
    var shapes:Array<Shape> = [new Sq(2), new Circ()];
    trace(Math.round(total(shapes)));
    trace(apply(Std.string, 5), apply((s:String) -> s.length, "abc"));
    trace(getX(new P()), getX({x: 3.5}));
    var rp:ROPoint = {x: 1, y: 2};
    trace(rp.x + rp.y);
    for (i in countdown(3)) trace(i);
    var d:Dynamic<Int> = {};
    d.a = 1;
    d.b = 2;
    trace(d.a + d.b);
    var arr:Array<Dynamic> = [1, "two", [3], {four: 4}];
    for (x in arr) trace(Std.isOfType(x, String) ? "s" : "o");
    var objs = [{name: "a", v: 1}, {name: "b", v: 2}];
    var byName = [for (o in objs) o.name => o];
    trace(byName["b"].v);
    var kvi:KeyValueIterator<Int, String> = ["x", "y"].keyValueIterator();
    for (kv in kvi) trace(kv.key, kv.value);
    var s:{var a:Int; @:optional var b:String;} = {a: 1};
    trace(s.b == null);
    var pt = {x: 1.0, y: 2.0, label: "p"};
    var hx:HasX = pt;
    trace(hx.x);
    var fnList:Array<Mapper<Int, Int>> = [x -> x + 1];
    trace(fnList[0](1));
  }
}
