import haxe.class;

class Main {
	static function main() {
	}
}
