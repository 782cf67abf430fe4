class Main {
	static var x(get set):Int;
	static function main() {}
}
