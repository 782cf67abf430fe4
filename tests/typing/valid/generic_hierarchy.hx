class Box<T> {
  public var value:T;
  public function new(v:T) value = v;
  public function get():T return value;
  public function set(v:T):Box<T> { value = v; return this; }
  public static function of<T>(v:T):Box<T> return new Box(v);
  public static var created = 0;
}

class IntBox extends Box<Int> {
  public function new(v = 0) { super(v); Box.created++; }
  public function inc():IntBox { value++; return this; }
  override public function get():Int return value * 1;
}

class NamedBox<T> extends Box<T> {
  public var name:String;
  public function new(name:String, v:T) { super(v); this.name = name; }
  override public function set(v:T):Box<T> { trace('set $name'); return super.set(v); }
}

abstract class Repo<T:{id:Int}> {
  var items:Map<Int, T> = new Map();
  public function new() {}
  public function save(x:T):T { items.set(x.id, x); return x; }
  public function find(id:Int):Null<T> return items.get(id);
  public abstract function describe(x:T):String;
  public function all():Array<T> return [for (v in items) v];
}

typedef User = {id:Int, name:String};

class UserRepo extends Repo<User> {
  public function describe(u:User) return '#${u.id} ${u.name}';
}

enum Msg { Text(s:String, ?urgent:Bool); Ping; }

class Counter {
  var n = 0;
  public function new() {}
  public function tick() return ++n;
  public function makeTicker():() -> Int return tick;
  public function makeAdder():Int->Int return x -> n + x;
  public function same(o:Counter) return o.n == n;
}

class Main {
  static function describe(m:Msg) return switch m {
    case Text(s, true): '!$s';
    case Text(s, _): s;
    case Ping: "ping";
  }
  static function main() {
    var ib = new IntBox(5);
    ib.inc().inc();
    trace(ib.get(), Box.created);
    var b:Box<Int> = ib;
    b.set(1);
    trace(b.value);
    var nb = new NamedBox("n", "x");
    nb.set("y");
    trace(nb.get());
    var bs = Box.of([1, 2]);
    trace(bs.get().length);
    var r = new UserRepo();
    r.save({id: 1, name: "ann"});
    r.save({id: 2, name: "bob"});
    var u = r.find(2);
    if (u != null) trace(r.describe(u), u.name.length);
    trace(r.all().length);
    trace(describe(Text("a")), describe(Text("b", true)), describe(Ping));
    var c = new Counter();
    var t = c.makeTicker();
    t(); t();
    var add = c.makeAdder();
    trace(add(10), c.same(new Counter()));
    var m = c.tick;
    trace(m());
    var bound = [new Counter(), new Counter()].map(x -> x.tick);
    trace(bound[0]());
  }
}
