class Main {
	static function main() {
		var = 1;
	}
}
