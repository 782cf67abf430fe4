class Main {
	static function classify(n:Int):String {
		return switch (n) {
			case 0: "zero";
			case 1 | 2 | 3: "small";
			case x if (x < 0): "negative";
			case big = _: "big " + big;
		}
	}
	static function main() {
		var s = classify(5);
	}
}
