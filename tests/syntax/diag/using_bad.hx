using 1;

class Main {
	static function main() {
	}
}
