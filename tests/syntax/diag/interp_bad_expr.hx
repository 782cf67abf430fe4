class Main {
	static function main() {
		var a = 1;
		trace('${a +}');
	}
}
