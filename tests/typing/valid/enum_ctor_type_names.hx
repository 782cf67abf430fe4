enum JsonValue {
  Null;
  Bool(b:Bool);
  Number(f:Float);
  String(s:String);
  Array(items:Array<JsonValue>);
  Object(fields:Map<String, JsonValue>);
}

class Main {
  static function show(v:JsonValue):String {
    return switch v {
      case Null: "null";
      case Bool(b): b ? "true" : "false";
      case Number(f): Std.string(f);
      case String(s): '"' + s + '"';
      case Array(items): "[" + items.map(show).join(",") + "]";
      case Object(fields): "{" + [for (k => x in fields) '"$k":' + show(x)].join(",") + "}";
    }
  }
  static function main() {
    var v = Object(["a" => Number(1), "b" => Array([Bool(true), Null, String("x")])]);
    trace(show(v));
    var s:String = "plain";
    var arr:Array<Int> = [1];
    trace(s.length, arr.length, StringTools.trim(" t "));
  }
}
