// Exception classes from haxe.exceptions, and typed catches.
class MyErr extends haxe.Exception {
  public var code:Int;
  public function new(m, c) { super(m); code = c; }
}
class Main {
  static function main() {
    try throw new MyErr("bad", 3) catch (e:MyErr) trace(e.message + e.code);
    try throw new MyErr("bad2", 4) catch (e:haxe.Exception) { trace(e.message); trace(Std.isOfType(e, MyErr)); }
    try { try throw "x" catch (e:String) { trace("inner"); throw e + "y"; } } catch (e:Any) trace("outer " + e);
    try throw new haxe.exceptions.NotImplementedException() catch (e:haxe.Exception) trace(e.message);
    try throw new haxe.exceptions.ArgumentException("a2") catch (e:haxe.exceptions.ArgumentException) trace(e.message + " " + e.argument);
    try throw new haxe.exceptions.ArgumentException("n", "custom") catch (e:haxe.exceptions.PosException) trace(e.message);
    var e = new haxe.Exception("wrapped", new haxe.Exception("cause"));
    trace(e.previous.message);
  }
}
