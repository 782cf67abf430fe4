using StringTools;
using Main.IntTools;
class IntTools {
	public static function double(i:Int):Int return i * 2;
	public static function times(n:Int, f:Int->Void):Void for (i in 0...n) f(i);
}
class Main {
	static function main() {
		var s = "  hi  ".trim();
		var b = "abc".startsWith("a");
		var d = 4.double();
		3.times(i -> trace(i));
	}
}
