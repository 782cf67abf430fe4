class X {}

using StringTools;

class Main {
	static function main() {}
}
