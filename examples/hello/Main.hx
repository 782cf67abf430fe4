class Main {
	static function main() {
		var name = "world";
		Sys.println('Hello, $name!');
	}
}
