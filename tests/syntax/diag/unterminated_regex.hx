class Main {
	static function main() {
		var r = ~/ab+c;
		trace(r);
	}
}
