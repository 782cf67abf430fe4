class Main {
	static function main() {
		do {
			trace(1);
		} trace(2);
	}
}
