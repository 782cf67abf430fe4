class Main {
	static function main() {}
