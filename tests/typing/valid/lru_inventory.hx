private class Entry<K, V> {
  public var key:K;
  public var value:V;
  public var prev:Entry<K, V>;
  public var next:Entry<K, V>;
  public function new(k:K, v:V) { key = k; value = v; }
}

class LruCache<V> {
  final capacity:Int;
  final map = new Map<String, Entry<String, V>>();
  var head:Entry<String, V>;
  var tail:Entry<String, V>;
  public var length(get, never):Int;
  public function new(capacity:Int) this.capacity = capacity;
  function get_length() {
    var n = 0;
    for (_ in map) n++;
    return n;
  }
  function unlink(e:Entry<String, V>) {
    if (e.prev != null) e.prev.next = e.next else head = e.next;
    if (e.next != null) e.next.prev = e.prev else tail = e.prev;
    e.prev = e.next = null;
  }
  function pushFront(e:Entry<String, V>) {
    e.next = head;
    if (head != null) head.prev = e;
    head = e;
    if (tail == null) tail = e;
  }
  public function get(k:String):Null<V> {
    var e = map.get(k);
    if (e == null) return null;
    unlink(e);
    pushFront(e);
    return e.value;
  }
  public function put(k:String, v:V):Void {
    var e = map.get(k);
    if (e != null) {
      e.value = v;
      unlink(e);
      pushFront(e);
      return;
    }
    if (length >= capacity && tail != null) {
      map.remove(tail.key);
      unlink(tail);
    }
    e = new Entry(k, v);
    map.set(k, e);
    pushFront(e);
  }
  public function keys():Array<String> {
    var out = [];
    var e = head;
    while (e != null) { out.push(e.key); e = e.next; }
    return out;
  }
}

class Inventory {
  var items:Map<String, {qty:Int, price:Float}> = [];
  public function new() {}
  public function add(name:String, qty:Int, price:Float) {
    var it = items[name];
    if (it == null) items[name] = {qty: qty, price: price};
    else it.qty += qty;
  }
  public function remove(name:String, qty:Int):Bool {
    var it = items.get(name);
    if (it == null || it.qty < qty) return false;
    it.qty -= qty;
    if (it.qty == 0) items.remove(name);
    return true;
  }
  public function value():Float {
    var total = 0.0;
    for (name => it in items) total += it.qty * it.price;
    return total;
  }
  public function report():String {
    var names = [for (k in items.keys()) k];
    names.sort((a, b) -> a < b ? -1 : 1);
    return [for (n in names) '$n x${items[n].qty}'].join(", ");
  }
}

class Main {
  static function main() {
    var c = new LruCache<Int>(2);
    c.put("a", 1); c.put("b", 2);
    c.get("a");
    c.put("c", 3);
    trace(c.keys(), c.get("b"), c.length);
    var inv = new Inventory();
    inv.add("apple", 3, 0.5);
    inv.add("pear", 2, 0.75);
    inv.add("apple", 2, 0.5);
    trace(inv.remove("pear", 5), inv.remove("pear", 2));
    trace(inv.value(), inv.report());
  }
}
