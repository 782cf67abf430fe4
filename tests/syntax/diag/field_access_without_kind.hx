class Main {
	static foo;
	static function main() {}
}
