class Main {
	static function main() {
		else trace(1);
	}
}
