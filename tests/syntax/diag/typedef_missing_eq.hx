typedef T Int;

class Main {
	static function main() {
	}
}
