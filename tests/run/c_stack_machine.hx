enum abstract Cmd(String) from String to String {
  var Push = "push"; var Pop = "pop"; var Add = "add"; var Print = "print";
}

@:forward(push, length, pop)
abstract History(Array<String>) {
  public function new() this = [];
  public function last():String return this.length == 0 ? "<none>" : this[this.length - 1];
}

typedef Comparable<T> = { function compareTo(o:T):Int; };

class Version {
  public var major:Int; public var minor:Int;
  public function new(a, b) { major = a; minor = b; }
  public function compareTo(o:Version):Int return major != o.major ? major - o.major : minor - o.minor;
  public function toString() return 'v$major.$minor';
}

class Settings {
  @:isVar public static var volume(get, set):Int = 5;
  static function get_volume() return volume;
  static function set_volume(v:Int) { trace('volume -> $v'); return volume = v < 0 ? 0 : v > 10 ? 10 : v; }
  public static final NAME = "cfg";
}

class Machine {
  var stack:Array<Float> = [];
  public var hist(default, null) = new History();
  public function new() {}
  public function exec(line:String):Void {
    var parts = line.split(" ");
    var c:Cmd = parts[0];
    hist.push(c);
    switch c {
      case Push: stack.push(Std.parseFloat(parts[1]));
      case Pop: stack.pop();
      case Add: var b = stack.pop(), a = stack.pop(); stack.push(a + b);
      case Print: trace('stack=${stack}');
      case other: trace('unknown command "$other"');
    }
  }
}

class Main {
  static function maxOf<T:Comparable<T>>(xs:Array<T>):T {
    var best = xs[0];
    for (x in xs) if (x.compareTo(best) > 0) best = x;
    return best;
  }
  static function makeCounter(start:Int):{next:Void->Int, reset:Void->Void} {
    var n = start;
    return {next: () -> n++, reset: () -> n = start};
  }
  static function apply(f:Null<Int>->String, ?v:Int) return f(v);
  static function main() {
    var m = new Machine();
    for (l in ["push 1.5", "push 2", "add", "print", "jump", "push 4", "print", "pop", "print"]) m.exec(l);
    trace(m.hist.length, m.hist.last(), (Push : String), Pop == "pop");
    trace(maxOf([new Version(1, 2), new Version(2, 0), new Version(1, 9)]));
    Settings.volume = 12; Settings.volume -= 3; trace(Settings.volume, Settings.NAME);
    var c = makeCounter(10);
    c.next(); c.next(); trace(c.next()); c.reset(); trace(c.next());
    trace(apply(x -> x == null ? "none" : "v" + x), apply(x -> "got " + x, 3));
    function gcd(a:Int, b:Int):Int return b == 0 ? a : gcd(b, a % b);
    trace(gcd(84, 36), gcd(17, 5));
    final k = 3;
    var gens = [for (i in 0...k) { var acc = i; () -> { acc += 10; acc; } }];
    trace(gens[0](), gens[0](), gens[2]());
    trace(1e-5, 123456789012.0, 0.1 * 3, 5e-324 > 0, 1.0e15, 1.0e16, 1 / 3 * 3, -1.5e-10, 3.0 * 2);
    var flag = true;
    var mixed = flag ? 1 : 2.5; trace(mixed, [1, 2.5], 7 / 7);
    trace(String.fromCharCode(72) + String.fromCharCode(105), "héllo".length, "日本".charCodeAt(1), "abc".split(""));
    trace(Type.getClassName(Version), Type.getClassName(Type.getClass(new Version(0, 0))), Type.createInstance(Version, [3, 4]));
    var mp = [for (i in 0...6) i => i * i];
    for (key in [for (k in mp.keys()) k]) if (key % 2 == 1) mp.remove(key);
    var ks = [for (k in mp.keys()) k]; ks.sort((a, b) -> a - b); trace(ks, mp.get(4));
    var sum = 0; for (v in mp) sum += v; trace(sum);
  }
}
