import haxe.Exception;
class MyErr extends Exception {}
class Main {
	static function main() {
		try throw new MyErr("bad") catch (e:Exception) { trace(e); trace(Std.string(e)); trace(e.message); trace(Type.getClassName(Type.getClass(e))); }
		try throw "s" catch (e:Exception) { trace(e); trace(Type.getClassName(Type.getClass(e))); }
		try throw 5 catch (e:Dynamic) { trace(e); }
		var e2 = new Exception("outer", new Exception("inner"));
		trace(e2.previous.message);
		try { try throw new MyErr("x") catch (e:MyErr) throw e; } catch (e:Exception) trace("rethrown " + e.message);
		var v = new haxe.ValueException([1,2]);
		trace(v.value + " " + v.message);
		try throw v catch (e:Array<Dynamic>) trace("arr") catch (e:Exception) trace("exc " + e.message);
	}
}
