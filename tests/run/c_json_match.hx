enum Json { JNull; JBool(b:Bool); JNum(n:Float); JStr(s:String); JArr(a:Array<Json>); JObj(fields:Array<{k:String, v:Json}>); }

class Printer {
  public static function print(j:Json, indent = 0):String {
    var pad = StringTools.lpad("", " ", indent * 2);
    return switch j {
      case JNull: "null";
      case JBool(true): "true";
      case JBool(false): "false";
      case JNum(n) if (n == Std.int(n)): Std.string(Std.int(n));
      case JNum(n): Std.string(n);
      case JStr(s): '"' + s.split('"').join('\\"') + '"';
      case JArr([]): "[]";
      case JArr(a): "[" + a.map(x -> print(x, indent)).join(", ") + "]";
      case JObj(fs) if (fs.length == 0): "{}";
      case JObj(fs):
        var inner = [for (f in fs) pad + "  " + f.k + ": " + print(f.v, indent + 1)];
        "{\n" + inner.join(",\n") + "\n" + pad + "}";
    }
  }
}

class Main {
  static function depth(j:Json):Int return switch j {
    case JArr(a): var m = 0; for (x in a) m = Std.int(Math.max(m, depth(x))); 1 + m;
    case JObj(fs): var m = 0; for (f in fs) if (depth(f.v) > m) m = depth(f.v); 1 + m;
    case _: 0;
  }
  static function describe(p:{name:String, age:Int}):String return switch p {
    case {name: "root"}: "superuser";
    case {age: a} if (a < 18): "minor " + p.name;
    case {name: n, age: a}: '$n ($a)';
  }
  static function lenKind(s:String):String return switch s {
    case _.length => 0: "empty";
    case _.charAt(0) => "#": "comment";
    case StringTools.trim(_) => "": "blank";
    case v: 'text(${v.length})';
  }
  static function tuple(a:Int, b:Bool, c:String):String return switch [a, b, c] {
    case [0, _, _]: "zero";
    case [_, true, "x" | "y"]: "xy-true";
    case [n, false, s] if (n > 5): 'big-false-$s';
    case [n, _, s]: 'n=$n s=$s';
  }
  static function main() {
    var doc = JObj([{k: "name", v: JStr('say "hi"')}, {k: "tags", v: JArr([JStr("a"), JNum(2), JNum(2.5), JNull])},
      {k: "nested", v: JObj([{k: "ok", v: JBool(true)}, {k: "empty", v: JObj([])}, {k: "list", v: JArr([])}])}]);
    Sys.println(Printer.print(doc));
    trace(depth(doc), depth(JNum(1)), depth(JArr([JArr([JArr([])])])));
    trace(describe({name: "root", age: 40}), describe({name: "kid", age: 9}), describe({name: "ann", age: 30}));
    trace([for (s in ["", "#x", "   ", "abc"]) lenKind(s)]);
    trace(tuple(0, true, "x"), tuple(1, true, "y"), tuple(9, false, "q"), tuple(2, false, "z"));
    var e = JArr([JNum(1), JStr("s")]);
    switch e { case JArr([JNum(x), JStr(y)]): trace('num $x str $y'); default: trace("no"); }
    var pairs = [[1, 2], [3, 4, 5], [], [6]];
    for (p in pairs) trace(switch p { case [a, b]: a + b; case [a, _, c]: a * c; case [x]: -x; default: 0; });
    var v:Null<Int> = null;
    trace(switch v { case null: "null!"; case 1: "one"; case _: "other"; });
    trace(e.match(JArr(_)), e.match(JArr([])), JNull.match(JNull), Type.enumParameters(e).length);
    trace(Std.string(doc).length > 10, Std.string(JArr([JBool(false), JNum(-0.5)])));
  }
}
