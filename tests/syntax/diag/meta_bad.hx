class Main {
	static function main() {
		@1 trace(1);
	}
}
