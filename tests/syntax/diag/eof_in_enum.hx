class Main {
	static function main() {
	}
}

enum E {
	A;
