typedef Point = {x:Int, y:Int, ?label:String}
typedef Point3 = {> Point, z:Int}
class Main {
	static function main() {
		var p:Point = {x: 1, y: 2};
		var q:Point3 = {x: 1, y: 2, z: 3};
		var l = p.label;
		var sum = q.x + q.z;
		var anon = {a: 1, b: "two"};
		var b = anon.b;
	}
}
