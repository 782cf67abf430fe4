class Pt { var x = 1; var y = "s"; public function new() {} }
enum E { A; B(x:Int, s:String); C(e:E, arr:Array<Int>); }
class Main {
	static function main() {
		trace({x: 1, y: 2, name: "n", alpha: true, zeta: null, list: [1, 2]});
		trace({b: {c: {d: 1}}, a: 0});
		var o = {first: "a", second: 2.5, third: [A, B(1, "q")]};
		trace(o);
		trace(C(B(2, "z"), [3]));
		trace([A, B(0, "")]);
		trace(new Pt());
		var m = ["k" => {v: 1}];
		trace(m);
		var mm = [1 => [2 => "x"]];
		trace(mm);
		trace([[A]]);
		var d:Dynamic = {z: 1, a: 2};
		trace(d);
		trace(Std.string({}));
		trace([null, 1.5, "s", true]);
		var arr:Array<Null<Int>> = [1, null, 3];
		trace(arr);
		trace(Sys.println == null);
	}
}
