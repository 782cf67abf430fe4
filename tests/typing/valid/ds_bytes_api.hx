import haxe.ds.*;
import haxe.io.Bytes;
import haxe.io.BytesBuffer;
import haxe.Int64;
class K { public function new() {} }
enum E { A; B; }
class Main {
  static function main() {
    var sm = new StringMap<Int>(); sm.set("a", 1);
    trace(sm.exists("a"), sm.get("a"), sm.remove("a"), sm.keys(), sm.iterator(), sm.keyValueIterator(), sm.copy(), sm.toString());
    sm.clear();
    var im = new IntMap<String>(); im.set(1, "x");
    trace(im.get(1), im.copy().exists(1));
    var om = new ObjectMap<K, Int>(); var k = new K(); om.set(k, 1);
    trace(om.get(k), [for (x in om.keys()) x].length);
    var em = new EnumValueMap<E, Int>(); em.set(A, 1);
    trace(em.get(A), em.exists(B));
    var bt = new BalancedTree<String, Int>(); bt.set("x", 1);
    trace(bt.get("x"), bt.exists("y"), bt.remove("x"), bt.toString());
    var l = new List<Int>(); l.add(1); l.push(0);
    trace(l.first(), l.last(), l.pop(), l.isEmpty(), l.remove(1), l.length, l.join(","), l.filter(x -> true).length, l.map(x -> x * 2).length, l.toString());
    l.clear();
    var v = new Vector<Int>(3); v[0] = 1; v.set(1, 2);
    trace(v.get(0), v.length, v.toArray(), v.copy().length, v.join("-"), v.map(x -> x + 1).get(0), Vector.fromArrayCopy([1, 2]).length);
    v.sort((a, b) -> a - b);
    var ro:ReadOnlyArray<Int> = [1, 2];
    trace(ro[0], ro.length, ro.indexOf(2));
    var arr = [3, 1, 2];
    ArraySort.sort(arr, (a, b) -> a - b);
    trace(arr);
    var b = Bytes.alloc(16);
    b.set(0, 1); b.setInt32(4, 5); b.setUInt16(8, 7); b.setFloat(10, 1.5); b.setDouble(8, 2.5);
    trace(b.get(0), b.getInt32(4), b.getUInt16(8), b.getDouble(8), b.length, b.sub(0, 2).length, b.toHex().length, b.compare(b), b.getString(0, 1));
    b.blit(0, Bytes.ofString("ab"), 0, 2); b.fill(0, 1, 0);
    trace(Bytes.ofHex("ff").get(0), Bytes.ofString("é").length, Bytes.ofString("x").toString());
    var bb = new BytesBuffer();
    bb.addByte(1); bb.addInt32(2); bb.addInt64(Int64.make(0, 1)); bb.addFloat(1.0); bb.addDouble(2.0); bb.addString("s"); bb.add(Bytes.alloc(1)); bb.addBytes(Bytes.alloc(4), 0, 2);
    trace(bb.length, bb.getBytes().length);
  }
}
