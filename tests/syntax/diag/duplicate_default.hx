class Main {
	static function main() {
		switch (1) {
			default: trace(1);
			default: trace(2);
		}
	}
}
