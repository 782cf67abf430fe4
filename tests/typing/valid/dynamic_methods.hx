class Logger {
  public dynamic function format(msg:String):String return '[log] $msg';
  public static dynamic function level():Int return 1;
  public function new() {}
  public function log(m:String) trace(format(m));
}
class Custom extends Logger {
  override public dynamic function format(msg:String):String return '<$msg>';
}

class Main {
  static function main() {
    var l = new Logger();
    l.log("a");
    l.format = m -> m.toUpperCase();
    l.log("b");
    Logger.level = () -> 5;
    trace(Logger.level());
    var c = new Custom();
    c.log("c");
    var saved = c.format;
    c.format = function(m) return saved(m) + "!";
    c.log("d");
    var fields:Dynamic = {};
    fields.f = (x:Int) -> x + 1;
    trace(fields.f(1));
    var obj = {greet: (n:String) -> 'hi $n'};
    obj.greet = n -> 'yo $n';
    trace(obj.greet("z"));
  }
}
