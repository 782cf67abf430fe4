interface Container<T> {
  function add(x:T):Void;
  function get(i:Int):T;
  var size(get, never):Int;
}
interface Mappable<T> {
  function mapTo<U>(f:T->U):Array<U>;
}
class TypedList<T> {
  var data:Array<T> = [];
  public var size(get, never):Int;
  public function new() {}
  function get_size() return data.length;
  public function add(x:T):Void data.push(x);
  public function get(i:Int):T return data[i];
  public function mapTo<U>(f:T->U):Array<U> return data.map(f);
}
class StringList extends TypedList<String> implements Container<String> implements Mappable<String> {
  public function joined() return data.join(",");
}
abstract class AbstractBox<T> implements Container<T> {
  public var size(get, never):Int;
  function get_size() return 1;
  public function new() {}
  public abstract function get(i:Int):T;
  public function add(x:T) throw "immutable";
}
class IntBox extends AbstractBox<Int> {
  var v:Int;
  public function new(v:Int) { super(); this.v = v; }
  public function get(i:Int) return v;
}
class Pair<A, B> implements Container<A> {
  var items:Array<A> = [];
  public var other:B;
  public var size(get, never):Int;
  public function new(b:B) other = b;
  function get_size() return items.length;
  public function add(x:A) items.push(x);
  public function get(i:Int) return items[i];
}
class Main {
  static function fill<T>(c:Container<T>, xs:Array<T>):Container<T> {
    for (x in xs) c.add(x);
    return c;
  }
  static function main() {
    var sl = new StringList();
    fill(sl, ["a", "b"]);
    trace(sl.joined(), sl.size, sl.mapTo(s -> s.toUpperCase()));
    var c:Container<Int> = new IntBox(7);
    trace(c.get(0), c.size);
    var p = new Pair<String, Int>(3);
    fill(p, ["q"]);
    trace(p.get(0), p.other);
    var m:Mappable<String> = sl;
    trace(m.mapTo(s -> s.length));
  }
}
