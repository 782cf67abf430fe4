// Generic abstracts: typed handles, phantom types, read-only views.
abstract Handle<T>(Int) {
  public inline function new(i:Int) this = i;
  public inline function id():Int return this;
}

class Store<T> {
  var items:Array<T> = [];
  public function new() {}
  public function add(x:T):Handle<T> { items.push(x); return new Handle(items.length - 1); }
  public function get(h:Handle<T>):T return items[h.id()];
}

abstract Meters(Float) {
  public inline function new(v:Float) this = v;
  @:op(A + B) static function add(a:Meters, b:Meters):Meters;
  @:op(A * B) static function scale(a:Meters, k:Float):Meters;
  public inline function value():Float return this;
}

@:forward(length, iterator, indexOf)
abstract ReadOnly<T>(Array<T>) from Array<T> {
  @:arrayAccess inline function at(i:Int):T return this[i];
}

abstract Lazy<T>(() -> T) from () -> T {
  public inline function get():T return this();
}

class Main {
  static function total(ro:ReadOnly<Int>):Int {
    var s = 0;
    for (x in ro) s += x;
    return s;
  }
  static function main() {
    var s = new Store<String>();
    var h = s.add("hello");
    var nums = new Store<Int>();
    var hn = nums.add(42);
    trace(s.get(h), nums.get(hn));
    var d = new Meters(1.5) + new Meters(2);
    var d2 = d * 3;
    trace(d2.value());
    var ro:ReadOnly<Int> = [1, 2, 3];
    trace(ro[1], ro.length, total(ro), ro.indexOf(3));
    var lz:Lazy<String> = () -> "computed";
    trace(lz.get());
  }
}
