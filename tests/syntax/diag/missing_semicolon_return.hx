class Main {
	static function f():Int {
		return 1
	}
	static function main() {}
}
