class Main {
	static function main() {
		var f = (1, 2) -> 3;
	}
}
