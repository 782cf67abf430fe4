using StringTools;
import haxe.EnumTools;
import haxe.ds.Vector;
import haxe.ds.ArraySort;

enum Cmd { Move(dx:Int, dy:Int); Say(msg:String); Stop; }

class Point {
  public var x:Int;
  public var y:Int;
  public function new(x = 0, y = 0) { this.x = x; this.y = y; }
  public function toString() return 'Point($x, $y)';
}

class Main {
  static function main() {
    var p = new Point(1, 2);
    trace(Reflect.field(p, "x"), Reflect.hasField(p, "y"), Reflect.fields(p).length);
    Reflect.setField(p, "x", 10);
    trace(p.x, Reflect.isObject(p), Reflect.isFunction(p.toString));
    var o:Dynamic = {a: 1};
    trace(Reflect.getProperty(o, "a"), Reflect.deleteField(o, "a"), Reflect.copy({b: 2}).b);
    trace(Type.typeof(3), Type.typeof("s"), Type.getClassName(Type.getClass(p)), Type.resolveClass("Point") != null);
    var c = Move(1, 2);
    trace(Type.enumIndex(c), Type.enumConstructor(c), Type.enumParameters(c), Type.enumEq(Stop, Stop));
    trace(EnumTools.getName(Cmd), EnumTools.createByName(Cmd, "Say", ["hi"]), EnumTools.getConstructors(Cmd));
    trace(Cmd.createByIndex(2), Cmd.createAll());
    trace(c.getIndex(), c.getName(), c.getParameters().length, c.equals(Move(1, 2)));
    trace(Type.allEnums(Cmd), Type.createEnum(Cmd, "Stop"), Type.getEnumName(Cmd), Type.getEnum(c) == Cmd);
    var inst = Type.createEmptyInstance(Point);
    trace(inst != null, Type.getInstanceFields(Point), Type.getClassFields(Main).length > 0);
    var v = new Vector<Int>(5);
    for (i in 0...v.length) v[i] = 5 - i;
    var arr = v.toArray();
    ArraySort.sort(arr, (a, b) -> a - b);
    trace(arr, Vector.fromArrayCopy(arr).get(0), v.map(x -> x * 2).toArray());
    var v2 = new Vector<Int>(5);
    Vector.blit(v, 0, v2, 0, 5);
    trace(v2.join(","), v2.copy().length);
    trace(Std.isOfType(c, Cmd), Std.isOfType(p, Point), Std.isOfType(1, Int), Std.isOfType(1.5, Float));
    var sb = new StringBuf();
    sb.add(1); sb.add(true); sb.add(p); sb.addChar(33); sb.addSub("abcdef", 1, 3);
    trace(sb.toString(), sb.length);
    var t0 = haxe.Timer.stamp();
    trace(haxe.Timer.stamp() >= t0);
    for (ch in "abc".iterator()) trace(ch);
    for (i => ch in "xy".keyValueIterator()) trace(i, ch);
    trace("a-b-c".split("-").map(s -> s.toUpperCase()).join("+"));
    trace(Sys.time() > 0, Sys.args().length >= 0);
    var env = Sys.getEnv("HOME");
    trace(env != null);
    trace(Std.string(p), '$p', "" + p);

  }
}
