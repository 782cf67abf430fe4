class Main {
	static function main() {
		try {
			trace(1);
		} catch (e Dynamic) {}
	}
}
