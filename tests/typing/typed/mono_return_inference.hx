class Main {
	static function twice(x:Int) {
		return x * 2;
	}
	static function name(b:Bool) {
		if (b) return "yes";
		return "no";
	}
	static function nothing() {}
	static function main() {
		var a = twice(3);
		var s = name(true);
		nothing();
	}
}
