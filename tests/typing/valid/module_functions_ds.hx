import haxe.ds.Option;
import haxe.ds.StringMap;
import haxe.ds.IntMap;
import haxe.ds.BalancedTree;
import haxe.ds.ObjectMap;
import haxe.ds.EnumValueMap;
import haxe.io.Bytes;
import haxe.io.BytesBuffer;
import haxe.Rest;

function square(x:Float):Float return x * x;
final GREETING = "hi";
var counter = 0;

function sumRest(first:Int, ...rest:Int):Int {
  var s = first;
  for (r in rest) s += r;
  return s;
}

function parseOpt(s:String):Option<Int> {
  var v = Std.parseInt(s);
  return v == null ? None : Some(v);
}

class Key {
  public var id:Int;
  public function new(i) id = i;
}

enum Suit { Hearts; Spades; }

class Main {
  static function greet(name:String, ?greeting:String, times:Int = 1):String {
    if (greeting == null) greeting = GREETING;
    return [for (_ in 0...times) '$greeting $name'].join(" ");
  }
  static function logAll(prefix:String, ...items:String) {
    for (i in items) trace(prefix + i);
    trace(items.length);
  }
  static function main() {
    trace(square(3));
    counter++;
    trace(counter, GREETING);
    trace(sumRest(1), sumRest(1, 2, 3));
    var more = [4, 5];
    trace(sumRest(0, more[0], more[1]));
    logAll(">", "a", "b");
    trace(greet("bob"), greet("al", "yo"), greet("x", "hey", 2), greet("y", null, 3));
    switch parseOpt("12") {
      case Some(v): trace(v + 1);
      case None: trace("none");
    }
    var sm = new StringMap<Int>();
    sm.set("a", 1);
    trace(sm.get("a"), sm.exists("b"), [for (k in sm.keys()) k]);
    var im = new IntMap<String>();
    im.set(1, "one");
    im.remove(1);
    trace(im.exists(1));
    var bt = new BalancedTree<String, Int>();
    bt.set("z", 26); bt.set("a", 1);
    trace([for (k in bt.keys()) k]);
    var om = new ObjectMap<Key, String>();
    var k1 = new Key(1);
    om.set(k1, "k1");
    trace(om.get(k1));
    var em = new EnumValueMap<Suit, Int>();
    em.set(Hearts, 1);
    trace(em.get(Hearts));
    var mk = new Map<Key, Int>();
    mk.set(k1, 5);
    trace(mk[k1]);
    var b = Bytes.alloc(4);
    b.set(0, 65); b.set(1, 66);
    b.setInt32(0, 0x41424344);
    trace(b.get(0), b.length, b.getString(0, 2), b.toHex());
    var bb = new BytesBuffer();
    bb.addByte(1); bb.addString("hi"); bb.add(Bytes.ofString("xyz"));
    var out = bb.getBytes();
    trace(out.length, out.sub(1, 2).toString());
    var copy = Bytes.ofString("hello");
    trace(copy.compare(Bytes.ofString("hellp")) < 0);
    var d = Date.now();
    trace(d.getFullYear() > 2000);
    var dd = new Date(2020, 0, 15, 10, 0, 0);
    trace(dd.getMonth(), DateTools.format(dd, "%Y-%m-%d"));
    var re = ~/([a-z]+)(\d+)/i;
    if (re.match("abc123")) trace(re.matched(1), re.matched(2), re.matchedPos().pos);
    trace(~/\s+/g.replace("a  b   c", " "), ~/,/.split("a,b,c"));
    trace(new EReg("x", "g").map("axbx", r -> r.matched(0).toUpperCase()));
  }
}
