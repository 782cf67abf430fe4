class Main {
	static function main() {
		switch (1) {
			case 1:
			default:
			default:
			default:
		}
	}
}
