import haxe.ds.*;
import Math.*;
import StringTools.startsWith;
import StringTools.replace as rep;
import haxe.ds.Option.Some as Just;
import Main.Helper.twice;
import Lambda.map as lmap;

using Main.Helper;

private typedef Pt = {x:Int, y:Int};

class Helper {
  public static function twice(x:Int) return x * 2;
  public static function dist(p:Pt) return sqrt(p.x * p.x + p.y * p.y);
}

private enum Local { L1; L2(v:Int); }

class Main {
  static function main() {
    var m = new StringMap<Int>();
    m.set("a", 1);
    var l = new List<Int>();
    l.add(3);
    trace(m.get("a"), l.first());
    trace(max(1, 2), floor(2.5), PI > 3, abs(-1));
    trace(startsWith("hello", "he"), rep("a-b", "-", "+"));
    var o = Just(3);
    switch o {
      case Some(v): trace(v);
      case None:
    }
    trace(twice(4), 4.twice());
    trace({x: 3, y: 4}.dist());
    var v = L2(5);
    trace(switch v { case L1: 0; case L2(x): x; });
    trace(lmap([1, 2], x -> x + 1));
    var vec = new Vector<String>(2);
    vec[0] = "z";
    trace(vec[0]);
    var bt = new BalancedTree<Int, String>();
    bt.set(1, "one");
    trace(bt.get(1));
  }
}
