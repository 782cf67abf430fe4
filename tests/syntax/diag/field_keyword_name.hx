class Main {
	var class:Int;
	static function main() {}
}
