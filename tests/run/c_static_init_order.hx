class Log {
  public static var lines:Array<String> = [];
  public static function log(s:String) { if (lines == null) lines = []; lines.push(s); return 1; }
}
class Z { public static var z = Log.log("Z"); }
class Main {
  static var m = Log.log("Main");
  static function main() { trace(Log.lines); }
}
class A { public static var a = Log.log("A"); }
