class Main {
	static function main() {
		var r = ~/abc/gq;
	}
}
