class Main {
	static function main() {
		switch (x) {
			case 1:
				trace("one");
			case 2, 3:
				trace("two or three");
			case "s" | "t":
			case Some(v):
				trace(v);
			case None | Some(_):
			case Rgb(r, _, b) if (r > b):
			case [a, b]:
			case [1, _, rest]:
			case []:
			case {x: 1, y: var yy}:
			case {name: "n", age: a} if (a > 18):
			case f(_) => true:
			case _.length => 0:
			case var v if (v > 100):
			case final w:
			case capture = Some(1):
			case v = [_, _]:
			case Node(Leaf, _, Node(_, _, _)):
			case -1:
			case true | false:
			case null:
			case _:
			default:
				trace("default");
		}
		switch x {
			case A: 1;
			case B: 2;
		}
		var r = switch (y) {
			case 0: "zero";
			case n if (n < 0): "neg";
			default: "pos";
		}
		switch (z) {
			default:
		}
		switch [a, b] {
			case [1, 2]:
			case [_, var c]:
		}
		switch (e) {
			case EConst(CInt(v)) | EConst(CFloat(v)):
			case EBinop(OpAdd, e1, e2):
		}
		switch (v) {}
		switch (v) {
			case 1:
			case 2:
		}
		switch (s) {
			case ~/^a/.match(_) => true:
			case (_ : Int):
			case a.b.c:
		}
	}
}
