interface A {}
interface B<T> {}
interface C extends A extends B<Int> {
	var x:Int;
	var y(default, null):String;
	function f(a:Int):Void;
	function g<T>(t:T):T;
	final z:Int;
	@:optional function opt():Void;
	dynamic function d():Void;
}
interface D extends B<String> extends A {}
private interface E {}
