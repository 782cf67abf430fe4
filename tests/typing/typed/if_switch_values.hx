class Main {
	static function main() {
		var x = 3;
		var a = if (x > 2) "big" else "small";
		var b = x > 2 ? 1.5 : 2;
		var c = switch (x) {
			case 1: 10;
			default: 20;
		}
	}
}
