class Main {
	static function main() {}
}
#else
