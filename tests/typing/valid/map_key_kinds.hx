enum abstract Level(String) to String { var Low = "low"; var High = "high"; }
enum abstract Prio(Int) { var P1 = 1; var P2 = 2; }
enum Suit { Hearts; Spades; }
class Key { public function new() {} }

class Main {
  static function main() {
    var a = new Map<Level, Int>();
    a[Low] = 1;
    a.set(High, 2);
    var b:Map<Prio, String> = [P1 => "one", P2 => "two"];
    var c = [Hearts => 1, Spades => 2];
    var k = new Key();
    var d = [k => "key"];
    var e:Map<Key, Array<Int>> = new Map();
    e[k] = [1];
    trace(a[Low], b[P2], c[Spades], d[k], e[k]);
    for (lv => n in a) trace(lv, n);
    var copy = c.copy();
    copy.clear();
    trace(Lambda.count(copy), c.toString().length > 0);
    var nested = new Map<String, Map<String, Int>>();
    nested["x"] = ["y" => 1];
    nested["x"]["z"] = 2;
    trace(nested["x"]["z"]);
    var f:Map<Int, Map<Int, Bool>> = [1 => [2 => true]];
    trace(f[1][2]);
  }
}
