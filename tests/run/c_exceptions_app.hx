import haxe.Exception;
import haxe.ValueException;

class AppError extends Exception {
  public var code:Int;
  public function new(msg:String, code = 1, ?prev:Exception) { super(msg, prev); this.code = code; }
  override public function toString() return 'AppError[$code]: $message';
}
class DbError extends AppError {}
class Validation extends Exception {
  public var field:String;
  public function new(f:String) { super('invalid $f'); field = f; }
}

class Main {
  static function query(q:String):Array<String> {
    if (q == "") throw new Validation("query");
    if (q.indexOf("drop") >= 0) throw new DbError("forbidden: " + q, 403);
    if (q == "boom") throw "raw string";
    if (q == "num") throw 404;
    return q.split(" ");
  }
  static function safe(q:String):String {
    try {
      return query(q).join("_");
    } catch (e:DbError) {
      return "db(" + e.code + ")";
    } catch (e:AppError) {
      return "app";
    } catch (e:Validation) {
      return "validation of " + e.field;
    } catch (e:String) {
      return "string: " + e;
    } catch (e:Exception) {
      return "other: " + e.message + " " + Std.isOfType(e, ValueException);
    }
  }
  static function wrapped(q:String) {
    try query(q) catch (e:Exception) throw new AppError("wrapped", 2, e);
  }
  static function main() {
    for (q in ["select a b", "", "drop table", "boom", "num"]) trace(safe(q));
    try wrapped("drop x") catch (e:AppError) {
      trace(e.code, e.message, e.previous != null, e.previous.message, Std.isOfType(e.previous, DbError));
      trace(e.toString());
      trace("" + e);
    }
    var e = new DbError("x", 5);
    trace(e.code, e.message, Std.string(e));
    var results = [for (q in ["a", "", "b"]) try query(q).length catch (_:Exception) -1];
    trace(results);
    var it = [1, 2, 3, 0, 5].iterator();
    var acc = [];
    try { for (v in it) { if (v == 0) throw new Exception("zero at " + acc.length); acc.push(10 / v); } } catch (ex:Exception) trace(ex.message, acc);
    function risky(n:Int):Int return n > 2 ? throw new AppError("too big " + n) : n * 2;
    var out = [];
    for (n in 0...5) try out.push(risky(n)) catch (e:AppError) { out.push(-1); break; }
    trace(out);
    try throw new ValueException({k: 1}) catch (v:ValueException) trace((v.value : Dynamic).k, v.message);
    try throw {code: 7} catch (d:Dynamic) trace(d.code);
  }
}
