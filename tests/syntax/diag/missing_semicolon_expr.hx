class Main {
	static function main() {
		trace(1) trace(2);
	}
}
