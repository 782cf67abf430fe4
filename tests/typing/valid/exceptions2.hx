import haxe.Exception;
import haxe.ValueException;
import haxe.exceptions.PosException;

class ParseError extends Exception {
  public final line:Int;
  public function new(msg:String, line:Int, ?previous:Exception) {
    super(msg, previous);
    this.line = line;
  }
  override function toString() return 'ParseError@$line: $message';
}

class ValidationError extends PosException {}

class Main {
  static function parse(s:String):Int {
    var v = Std.parseInt(s);
    if (v == null) throw new ParseError('not a number: $s', 1);
    return v;
  }
  static function safeParse(s:String):Null<Int> {
    return try parse(s) catch (e:ParseError) null;
  }
  static function wrapper(s:String):Int {
    try {
      return parse(s);
    } catch (e:ParseError) {
      throw new ParseError("wrapped", e.line + 1, e);
    }
  }
  static function cleanup(f:() -> Void):String {
    var log = [];
    try {
      f();
      log.push("ok");
    } catch (e:Exception) {
      log.push("err:" + e.message);
    }
    log.push("done");
    return log.join(",");
  }
  static function validate(n:Int) {
    if (n < 0) throw new ValidationError("negative");
  }
  static function main() {
    trace(safeParse("12"), safeParse("x"));
    try wrapper("bad") catch (e:ParseError) {
      trace(e.line, e.message, e.previous != null, e.toString());
      var p = e.previous;
      if (p != null) trace(p.message);
    }
    trace(cleanup(() -> throw "boom"));
    trace(cleanup(() -> {}));
    try {
      throw 123;
    } catch (e:ValueException) {
      trace("value", e.value);
    }
    try validate(-1) catch (e:ValidationError) trace(e.message, e.posInfos.lineNumber > 0);
    try {
      throw new Exception("outer");
    } catch (e:Dynamic) {
      trace(Std.string(e).length > 0);
    }
    var ex = new Exception("raw");
    trace(ex.message);
    var result = try {
      var x = parse("5");
      x * 2;
    } catch (e:Exception) {
      -1;
    };
    trace(result);
    function rethrow() {
      try parse("z") catch (e:Exception) throw e;
    }
    try rethrow() catch (e) trace("rethrown: " + e.message);
    trace(haxe.CallStack.toString(haxe.CallStack.callStack()).length >= 0);
  }
}
