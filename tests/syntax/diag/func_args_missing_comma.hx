class Main {
	static function f(a b) {}
	static function main() {}
}
