package foo bar;

class Main {
	static function main() {
	}
}
