class Main {
	static function main() {
		var d:Dynamic = "s";
		var s:String = cast d;
		var t = cast(d, String);
		var n = Std.int(3.7);
		var f:Float = cast 1;
	}
}
