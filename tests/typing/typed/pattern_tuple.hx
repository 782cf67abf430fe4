class Main {
	static function main() {
		var a = 1;
		var b = true;
		var s = switch [a, b] {
			case [1, true]: "one-true";
			case [_, false]: "false";
			case [n, _]: "other " + n;
		}
	}
}
