enum Tree {
	Leaf(v:Int);
	Node(l:Tree, r:Tree);
}
class Main {
	static function describe(t:Tree):String {
		return switch (t) {
			case Leaf(0): "zero";
			case Leaf(v): "leaf " + v;
			case Node(Leaf(a), Leaf(b)): "pair " + (a + b);
			case Node(l, _): "node " + describe(l);
		}
	}
	static function main() {
		var s = describe(Node(Leaf(1), Leaf(2)));
	}
}
