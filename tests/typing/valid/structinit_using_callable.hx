@:structInit class Point {
  public var x:Int;
  public var y:Int = 0;
  public function toString() return '($x,$y)';
}

@:structInit class Config {
  public final name:String;
  @:optional public var debug:Bool;
  public var tags:Array<String> = [];
}

@:structInit class Named {
  public var n:String;
  public function new(n:String) this.n = n.toUpperCase();
}

@:using(Main.VecTools)
abstract Vec(Array<Float>) from Array<Float> to Array<Float> {
  public var length(get, never):Int;
  function get_length() return this.length;
  @:arrayAccess inline function get(i:Int):Float return this[i];
}

class VecTools {
  public static function sum(v:Vec):Float {
    var s = 0.0;
    for (i in 0...v.length) s += v[i];
    return s;
  }
}

@:callable
abstract Fn(Int->Int) from Int->Int {
  public function twice():Fn return (x:Int) -> this(this(x));
}

@:generic class Pool<T:haxe.Constraints.Constructible<() -> Void>> {
  var items:Array<T> = [];
  public function new() {}
  public function get():T return items.length > 0 ? items.pop() : new T();
  public function put(t:T) items.push(t);
}

class Thing {
  public var id = 0;
  public function new() {}
}

enum Tree { Leaf(v:Int); Node(a:Tree, b:Tree); }

class Main {
  static function main() {
    var p:Point = {x: 1, y: 2};
    var q:Point = {x: 5};
    trace(p, q);
    var c:Config = {name: "c"};
    trace(c.name, c.debug, c.tags);
    var pts:Array<Point> = [{x: 1}, {x: 2, y: 3}];
    trace(pts.length);
    var n:Named = {n: "abc"};
    trace(n.n);
    var v:Vec = [1.0, 2.0, 3.5];
    trace(v.sum(), v[2], v.length);
    var f:Fn = x -> x + 3;
    trace(f(1), f.twice()(1));
    var pool = new Pool<Thing>();
    var t = pool.get();
    t.id = 5;
    pool.put(t);
    trace(pool.get().id);
    var leaves = [1, 2, 3].map(Leaf);
    trace(leaves);
    var mk = Node;
    trace(mk(Leaf(1), Leaf(2)));
    var alt = [for (i in 0...5) if (i % 2 == 0) i else -i];
    trace(alt);
    var grid = [for (x in 0...2) for (y in 0...2) '$x,$y' => x * y];
    trace(grid.get("1,1"));
    function id<T>(x:T):T return x;
    trace(id(3), id("s"));
  }
}
