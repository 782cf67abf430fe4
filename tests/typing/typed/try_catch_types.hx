class MyError extends haxe.Exception {}
class Main {
	static function main() {
		var r = try {
			throw new MyError("bad");
			1;
		} catch (e:MyError) {
			2;
		} catch (e:String) {
			3;
		} catch (e) {
			4;
		}
	}
}
