class Main extends {
	static function main() {}
}
