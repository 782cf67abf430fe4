class Main {
	static function sum(...xs:Int):Int {
		var t = 0;
		for (x in xs) t += x;
		return t;
	}
	static function main() {
		var a = [1, 2, 3];
		trace(sum(...a));
		trace(sum(4, 5));
	}
}
