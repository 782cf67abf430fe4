interface Meter { var level(get, set):Int; }
class Tank implements Meter {
  public static var created(default, null) = 0;
  @:isVar public var level(get, set):Int = 0;
  public var cap(default, null):Int;
  public var log:Array<String> = [];
  public var pct(get, never):Float;
  public function new(cap:Int) { this.cap = cap; created++; }
  function get_level() { log.push("get"); return level; }
  function set_level(v:Int) { log.push("set" + v); return level = v > cap ? cap : v < 0 ? 0 : v; }
  function get_pct() return level / cap * 100;
}
class Main {
  static function main() {
    var t = new Tank(10);
    var r = (t.level = 15);
    Sys.println(r + " " + t.level + " " + t.log.join(","));
    t.log = [];
    var old = t.level++;
    Sys.println(old + " " + t.level + " " + t.log.join(","));
    t.log = [];
    t.level -= 4; t.level *= 3;
    Sys.println(t.level + " " + t.pct + " " + t.log.join(","));
    var tanks = [new Tank(5), new Tank(8)];
    for (i in 0...tanks.length) { tanks[i].level += 3 * (i + 1); tanks[i].level++; }
    Sys.println(tanks.map(x -> x.level) + " " + Tank.created);
    var m:Meter = tanks[1];
    m.level = -5; m.level += 2;
    Sys.println(m.level + " " + ++m.level + " " + (m.level--) + " " + m.level);
    Sys.println(tanks[1].log.join(","));
    var ms:Array<Meter> = [tanks[0], tanks[1]]; for (x in ms) x.level = 100; Sys.println(ms.map(x -> x.level));
  }
}
