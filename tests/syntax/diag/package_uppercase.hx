package Foo;

class Main {
	static function main() {
	}
}
