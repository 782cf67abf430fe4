typedef Point = {x:Int, y:Int};
typedef Point3 = {> Point, z:Int};
typedef Opts = {
  var name:String;
  @:optional var verbose:Bool;
  @:optional var level:Int;
  final id:Int;
}
typedef Named = {name:String};
typedef Aged = {age:Int};
typedef Both = Named & Aged;
typedef Callback = (String) -> Void;
typedef Handler<T> = {
  function handle(v:T):Bool;
  var count:Int;
}

class Main {
  static function len(p:Point) return Math.sqrt(p.x * p.x + p.y * p.y);
  static function show(o:Opts) {
    var v = o.verbose == true ? "v" : "q";
    var lv = o.level != null ? o.level : 0;
    return '${o.name}:$v:$lv:${o.id}';
  }
  static function greet(b:Both) return b.name + b.age;
  static function main() {
    var p = {x: 3, y: 4};
    trace(len(p));
    var p3:Point3 = {x: 1, y: 2, z: 3};
    trace(len(p3), p3.z);
    trace(show({name: "a", id: 1}));
    trace(show({name: "b", verbose: true, level: 3, id: 2}));
    trace(greet({name: "n", age: 3}));
    var cb:Callback = s -> trace(s);
    cb("hi");
    var h:Handler<Int> = {handle: v -> v > 0, count: 0};
    trace(h.handle(3));
    h.count++;
    var anon = {a: 1, b: "s", c: [1, 2], d: {e: true}};
    trace(anon.d.e, anon.c[1]);
    var list:Array<{name:String, score:Int}> = [];
    list.push({name: "x", score: 3});
    list.push({name: "y", score: 1});
    list.sort((a, b) -> a.score - b.score);
    trace(list[0].name);
    var pts:Array<Point> = [for (i in 0...3) {x: i, y: i * i}];
    trace(pts.length);
    var d:Dynamic = {foo: 1};
    d.bar = "x";
    trace(d.foo, d.bar);
    var fn = function(o:{?x:Int, y:Int}) return o.x == null ? o.y : o.x + o.y;
    trace(fn({y: 2}), fn({x: 1, y: 2}));
    var obj = {count: 0, inc: null};
    obj.inc = function() obj.count++;
    obj.inc();
    trace(obj.count);
  }
}
