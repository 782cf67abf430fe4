using Lambda;
using Main.StrExt;

class StrExt {
  public static function shout(s:String, n:Int = 1):String return s.toUpperCase() + [for (_ in 0...n) "!"].join("");
  public static function sumBy<T>(a:Array<T>, f:T->Int):Int { var s = 0; for (x in a) s += f(x); return s; }
}

abstract Money(Int) from Int to Int {
  public inline function new(c:Int) this = c;
  @:op(A + B) static function add(a:Money, b:Money):Money return new Money((a:Int) + (b:Int));
  @:op(A * B) static function mulI(a:Money, b:Int):Money return new Money((a:Int) * b);
  @:op(A > B) static function gt(a:Money, b:Money):Bool return (a:Int) > (b:Int);
  @:op(-A) static function neg(a:Money):Money return new Money(-(a:Int));
  public function toString():String {
    var c:Int = this; var sign = c < 0 ? "-" : ""; if (c < 0) c = -c;
    return sign + "$" + Std.int(c / 100) + "." + StringTools.lpad(Std.string(c % 100), "0", 2);
  }
}

enum abstract Level(Int) to Int { var Low = 1; var Mid = 5; var High = 10;
  public function label() return switch (cast this : Level) { case Low: "low"; case Mid: "mid"; case High: "high"; }
}

class BinaryHeap<T> {
  var data:Array<T> = [];
  var cmp:T->T->Int;
  public function new(cmp) this.cmp = cmp;
  public var size(get, never):Int;
  function get_size() return data.length;
  public function push(v:T) { data.push(v); var i = data.length - 1;
    while (i > 0) { var p = (i - 1) >> 1; if (cmp(data[i], data[p]) >= 0) break; var t = data[i]; data[i] = data[p]; data[p] = t; i = p; } }
  public function pop():Null<T> {
    if (data.length == 0) return null;
    var top = data[0]; var last = data.pop();
    if (data.length > 0) { data[0] = last; var i = 0;
      while (true) { var l = 2 * i + 1, r = l + 1, m = i;
        if (l < data.length && cmp(data[l], data[m]) < 0) m = l;
        if (r < data.length && cmp(data[r], data[m]) < 0) m = r;
        if (m == i) break; var t = data[i]; data[i] = data[m]; data[m] = t; i = m; } }
    return top;
  }
}

class Node<T> { public var val:T; public var next:Node<T>; public function new(v, n) { val = v; next = n; } }
class LinkedList<T> {
  var head:Node<T>; public var length(default, null):Int = 0;
  public function new() {}
  public function add(v:T) { head = new Node(v, head); length++; return this; }
  public function iterator():Iterator<T> { var cur = head; return { hasNext: () -> cur != null, next: () -> { var v = cur.val; cur = cur.next; v; } }; }
}

typedef Task = { name:String, pri:Int };

class Main {
  static function main() {
    trace("hey".shout(), "yo".shout(3), [1, 2, 3].sumBy(x -> x * x));
    var a:Money = 1250; var b = new Money(399);
    var c = a + b * 2;
    trace(c, (c:Int), -c, a > b, "total: " + c);
    trace(Low.label(), High.label(), (Mid:Int) + 1, [Low, High].map(l -> (l:Int)));
    var h = new BinaryHeap<Task>((x, y) -> x.pri - y.pri);
    for (t in [{name: "write", pri: 3}, {name: "eat", pri: 1}, {name: "sleep", pri: 5}, {name: "code", pri: 2}]) h.push(t);
    var order = [];
    while (h.size > 0) { var t = h.pop(); order.push('${t.name}(${t.pri})'); }
    trace(order.join(" > "), h.pop());
    var ll = new LinkedList<String>(); ll.add("x").add("y").add("z");
    trace(ll.length, [for (s in ll) s], ll.has("y"), ll.count(), Lambda.array(ll));
    var nums = [5, 3, 8, 1, 9, 2];
    trace(nums.filter(n -> n % 2 == 1), nums.exists(n -> n > 8), nums.foreach(n -> n > 0), nums.find(n -> n > 5), nums.indexOf(8));
    trace(Lambda.fold(nums, (n, acc) -> acc + n, 0), nums.mapi((i, n) -> i * n), Lambda.empty([]), nums.findIndex(n -> n == 1));
    var sorted = nums.copy(); sorted.sort((x, y) -> y - x); trace(sorted, nums);
    var m = ["one" => 1, "two" => 2, "three" => 3];
    var ks = [for (k => v in m) k + "=" + v]; ks.sort(Reflect.compare); trace(ks);
    var im = new Map<Int, String>(); im[3] = "c"; im[1] = "a"; im[2] = "b";
    var tot = 0; for (k => v in im) tot += k * v.length; trace(tot, im.exists(2), im.remove(2), im.exists(2), [for (k in im.keys()) k].length);
    var sb = new StringBuf();
    for (i in 0...5) { sb.add(i); sb.addChar(",".code); }
    sb.add(1.5); sb.add(true); sb.add(null); sb.addSub("abcdef", 2, 3);
    trace(sb.toString(), sb.length);
    var words = "the quick  brown fox".split(" ");
    trace(words, words.length, "a,b,,c".split(","), "hello".indexOf("l"), "hello".lastIndexOf("l"), "Hello".toLowerCase());
    trace(StringTools.replace("a-b-c", "-", "+"), StringTools.trim("  x  "), StringTools.startsWith("abc", "ab"), StringTools.hex(255, 4), "x".code);
    trace(Std.parseInt("42abc"), Std.parseInt("abc"), Std.parseInt("0x1F"), Std.parseFloat("3.5e2"), Std.parseInt(" -7"), Math.isNaN(Std.parseFloat("z")));
    trace(7 / 2, 7 % 3, -7 % 3, Std.int(-3.7), Math.floor(-3.5), Math.round(2.5), Math.round(-2.5), Math.ceil(1.1), 1 << 31, 0x7fffffff + 1);
    trace(Math.abs(-4), Math.min(1, 2.5), Math.sqrt(16), Math.pow(2, 10), 0.1 + 0.2, 1 / 0, -1 / 0, 123456789.123);
  }
}
