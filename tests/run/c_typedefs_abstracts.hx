typedef Named = { name:String };
typedef Aged = { > Named, age:Int, ?nick:String };
typedef Loc = { final lat:Float; final lon:Float; @:optional var label:String; };
typedef Both = Aged & { city:String };

abstract Counter(Int) from Int to Int {
  @:op(++A) inline function preInc():Counter return this = this + 1;
  @:op(A++) inline function postInc():Counter { var old = this; this = this + 1; return old; }
  @:op(A < B) static function lt(a:Counter, b:Counter):Bool return (a:Int) < (b:Int);
}
abstract Grid(Array<Int>) {
  public var w(get, never):Int;
  public inline function new(w:Int, h:Int) { this = [for (_ in 0...w * h) 0]; this.push(w); }
  inline function get_w() return this[this.length - 1];
  @:arrayAccess inline function at(i:Int):Int return this[i];
  @:arrayAccess inline function put(i:Int, v:Int):Int return this[i] = v;
  public function row(r:Int) return [for (c in 0...w) this[r * w + c]];
}
abstract Money({cents:Int, cur:String}) {
  public inline function new(c, cur) this = {cents: c, cur: cur};
  @:op(A + B) function plus(o:Money):Money return new Money(this.cents + o.raw().cents, this.cur);
  public inline function raw() return this;
  @:to public function toString():String return '${this.cur} ${this.cents / 100}';
}

class Main {
  static function greet(p:Named, greeting:String, punct:String) return '$greeting, ${p.name}$punct';
  static function describe(a:Aged) return a.name + "/" + a.age + (a.nick != null ? " aka " + a.nick : "");
  static function main() {
    var bob:Aged = {name: "Bob", age: 30};
    var al:Aged = {name: "Al", age: 5, nick: "Ally"};
    var hi = greet.bind(_, "Hi", "!");
    var hey = greet.bind(_, _, "?");
    trace(hi(bob), hey(al, "Hey"), describe(bob), describe(al));
    var b:Both = {name: "Cy", age: 40, city: "Oslo"};
    trace(b.city, describe(b), greet(b, "Yo", "."));
    var l:Loc = {lat: 1.5, lon: -2};
    trace(l.label == null, l.lat + l.lon, l);
    var c:Counter = 5;
    var before = c++;
    ++c;
    trace(before, c, c < (10 : Counter), (c : Int) * 2);
    var g = new Grid(3, 2);
    g[4] = 7; g[0] = g[4] + 1;
    trace(g.w, g.row(0), g.row(1), g[4]);
    var m = new Money(150, "EUR") + new Money(275, "EUR");
    trace(m, "total: " + m, m.raw().cents);
    var it = new IntIterator(2, 6);
    trace([for (i in it) i * i], [for (i in 0...4) i]);
    var used = 0...3;
    for (x in used) {}
    trace(used.hasNext(), [for (x in 5...5) x].length);
    var nest = 'outer ${'inner ${1 + 1} ${[1, 2].map(i -> '<$i>').join("")}'} end';
    trace(nest, '$$literal ${"$"}x', '${bob.name.length > 2 ? "long" : "short"}');
  }
}
