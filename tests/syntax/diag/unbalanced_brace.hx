class Main {
	static function main() {
		if (true) {
			trace(1);
	}
}
