class Main {
	static function main() {
		var x = 1 +