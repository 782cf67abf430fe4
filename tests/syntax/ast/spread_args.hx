class Main {
	static function main() {
		f(...a);
		g(1, ...[2, 3]);
	}
}
