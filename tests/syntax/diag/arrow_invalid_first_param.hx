class Main {
	static function main() {
		var f = (1, a) -> a;
	}
}
