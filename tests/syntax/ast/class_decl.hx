class Base {}
interface I1 {}
interface I2<T> {}

class Main extends Base implements I1 implements I2<Int> {
	public var a:Int;
	private var b:Int;
	static var c:Int;
	public static inline var D:Int = 1;
	public static function sf() {}
	override public function toString():String return "";
	dynamic function dyn() {}
	final e:Int = 1;
	public final f:Int;
	final function ff() {}
	extern function ext():Void;
	macro static function mac() return macro null;
	overload extern inline function over(a:Int):Void {}
	overload extern inline function over(a:String):Void {}
	static public inline function reordered() {}
	@:keep private static function withMeta() {}
}

private class Priv {}
extern class Ext {
	function f():Void;
}
final class Fin {}
abstract class Abs {
	abstract function todo():Void;
	function done() {}
}
@:generic class Gen<T> {}
class Multi implements I1 implements I2<String> extends Base {}
class Twice extends Base implements I1 implements I2<Int> {}
