enum JValue {
  JNull;
  JBool(b:Bool);
  JNum(n:Float);
  JStr(s:String);
  JArr(a:Array<JValue>);
  JObj(fields:Array<{key:String, value:JValue}>);
}

class Printer {
  var indent:String;
  public function new(?indent = "  ") this.indent = indent;
  static function quote(s:String):String {
    var b = new StringBuf();
    b.addChar('"'.code);
    for (i in 0...s.length) {
      var c = StringTools.fastCodeAt(s, i);
      switch c {
        case '"'.code: b.add('\\"');
        case '\\'.code: b.add("\\\\");
        case '\n'.code: b.add("\\n");
        case c if (c < 0x20): b.add("\\u" + StringTools.hex(c, 4));
        default: b.addChar(c);
      }
    }
    b.addChar('"'.code);
    return b.toString();
  }
  public function print(v:JValue, depth = 0):String {
    var pad = StringTools.lpad("", indent, depth * indent.length);
    return switch v {
      case JNull: "null";
      case JBool(b): b ? "true" : "false";
      case JNum(n): Std.string(n);
      case JStr(s): quote(s);
      case JArr([]): "[]";
      case JArr(a): "[" + a.map(x -> print(x, depth + 1)).join(", ") + "]";
      case JObj(fs):
        var parts = [for (f in fs) '$pad$indent${quote(f.key)}: ${print(f.value, depth + 1)}'];
        "{\n" + parts.join(",\n") + '\n$pad}';
    }
  }
}

class Main {
  static function fromDynamic(d:Dynamic):JValue {
    if (d == null) return JNull;
    if (Std.isOfType(d, Bool)) return JBool(d);
    if (Std.isOfType(d, Float)) return JNum(d);
    if (Std.isOfType(d, String)) return JStr(d);
    if (Std.isOfType(d, Array)) {
      var arr:Array<Dynamic> = d;
      return JArr([for (x in arr) fromDynamic(x)]);
    }
    var fields = Reflect.fields(d);
    fields.sort(Reflect.compare);
    return JObj([for (f in fields) {key: f, value: fromDynamic(Reflect.field(d, f))}]);
  }
  static function main() {
    var v = fromDynamic({name: "rayzor", version: 1.5, tags: ["a", "b\n"], nested: {ok: true, none: null}, empty: []});
    trace(new Printer().print(v));
    trace(new Printer("\t").print(JArr([JNum(1), JStr("x")])));
  }
}
