class Main {
	static function main() {
		for (i 0...3) trace(i);
	}
}
