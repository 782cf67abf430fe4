class Log { public static var lines:Array<String> = []; public static function add(s:String) { lines.push(s); return s.length; } }
class A { public static var a = Log.add("A.a"); public static var list = [1, 2, 3]; }
class B { public static var b = Log.add("B.b") + A.a; public static var map = ["x" => A.list.length]; }
class Config {
  public static inline var MAX = 3;
  public static final DEFAULTS:Map<String, Int> = ["w" => 10, "h" => 20];
  public static var derived(get, never):Int;
  static function get_derived() return DEFAULTS["w"] * MAX;
}
class Main {
  static var started = Log.add("Main.started");
  static function main() {
    Log.add("main");
    trace(B.b, B.map, Config.derived, Config.MAX);
    Sys.println(Log.lines.join(","));
  }
}
