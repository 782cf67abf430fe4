class Pt { public var x = 0; public function new() {} public function m() return 1; static public function s() return 2; }
enum E { A; B(i:Int); }
class Main {
  static function main() {
    var p = new Pt();
    trace(Reflect.compare(1, 2), Reflect.compareMethods(p.m, p.m), Reflect.copy({a: 1}), Reflect.deleteField({a: 1}, "a"), Reflect.field(p, "x"), Reflect.fields(p));
    trace(Reflect.getProperty(p, "x"), Reflect.hasField(p, "x"), Reflect.isEnumValue(A), Reflect.isFunction(p.m), Reflect.isObject(p), Reflect.makeVarArgs(args -> args.length)(1, 2));
    Reflect.setField(p, "x", 2); Reflect.setProperty(p, "x", 3);
    trace(Reflect.callMethod(p, Reflect.field(p, "m"), []));
    trace(Type.allEnums(E), Type.createEmptyInstance(Pt) != null, Type.createEnum(E, "B", [1]), Type.createEnumIndex(E, 0), Type.createInstance(Pt, []).x);
    trace(Type.enumConstructor(B(1)), Type.enumEq(A, A), Type.enumIndex(A), Type.enumParameters(B(2)), Type.getClass(p) == Pt, Type.getClassFields(Pt), Type.getClassName(Pt));
    trace(Type.getEnum(A) == E, Type.getEnumConstructs(E), Type.getEnumName(E), Type.getInstanceFields(Pt), Type.getSuperClass(Pt) == null, Type.resolveClass("Pt") == Pt, Type.resolveEnum("E") == E, Type.typeof(p));
    var re = ~/(\w+)@(\w+)/;
    trace(re.match("me@host"), re.matched(1), re.matchedLeft(), re.matchedRight(), re.matchedPos().len, re.matchSub("xx a@b", 2), re.split("a@b c"), re.replace("u@v", "$2"), re.map("p@q", r -> r.matched(2)));
    trace(EReg.escape("a.b"));
    var d = new Date(2020, 1, 3, 4, 5, 6);
    trace(d.getDate(), d.getDay(), d.getFullYear(), d.getHours(), d.getMinutes(), d.getMonth(), d.getSeconds(), d.getTime() > 0, d.getTimezoneOffset() != null, d.toString(), Date.fromTime(0).getUTCFullYear(), Date.fromString("2020-01-01").getMonth(), d.getUTCHours() >= 0);
    var it = new IntIterator(0, 2);
    trace(it.hasNext(), it.next());
  }
}
