#end
class Main {
	static function main() {}
}
