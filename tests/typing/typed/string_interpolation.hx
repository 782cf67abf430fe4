class Main {
	static function main() {
		var name = "x";
		var n = 3;
		var s = 'Hi $name, ${n + 1} items, $$5';
	}
}
