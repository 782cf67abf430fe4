class Main {
	static function f() }
	static function main() {}
}
