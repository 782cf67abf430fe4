class Main {
	static var counter = 0;
	static inline var MAX = 100;
	static final NAMES = ["a", "b"];
	static inline function sq(x:Int) return x * x;
	static function main() {
		counter += sq(3);
		var m = MAX;
		var n = NAMES.length;
	}
}
