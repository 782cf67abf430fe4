abstract Meters(Float) from Float to Float {
	public inline function new(v:Float) this = v;
}
abstract Celsius(Float) {
	public inline function new(v:Float) this = v;
	@:from static function fromInt(i:Int):Celsius return new Celsius(i);
	@:to function toString():String return this + "C";
}
class Main {
	static function main() {
		var m:Meters = 3.5;
		var f:Float = m;
		var c:Celsius = 20;
		var s:String = c;
	}
}
