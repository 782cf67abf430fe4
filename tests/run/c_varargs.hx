class Main {
  static function main() {
    var join:Dynamic = Reflect.makeVarArgs(function(a:Array<Dynamic>) return a.map(Std.string).join("+"));
    trace(join(), join("x"), join(1, 2.5, true, null));
    var log = [];
    var rec:Dynamic = Reflect.makeVarArgs(function(a:Array<Dynamic>):Dynamic { log.push(a.length); return null; });
    rec(1); rec(1, 2);
    trace(log, Reflect.callMethod(null, join, [7, 8]), Reflect.isFunction(join));
  }
}
