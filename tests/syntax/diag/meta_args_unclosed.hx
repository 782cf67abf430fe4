class Main {
	static function main() {
		@:meta(1 2) trace(1);
	}
}
