enum Suit { Hearts; Spades; Clubs; Diamonds; }
enum Card { Num(n:Int, s:Suit); Face(name:String, s:Suit); Joker; }
class K { public var id:Int; public function new(i) id = i; public function toString() return "K" + id; }
class Main {
	static function main() {
		var em = new Map<Suit, Int>();
		em[Clubs] = 3; em[Hearts] = 1; em[Diamonds] = 4; em[Spades] = 2;
		trace(em);
		for (k => v in em) Sys.print(k + "=" + v + " ");
		Sys.println("");
		var cm = new Map<Card, String>();
		cm[Num(10, Hearts)] = "ten";
		cm[Face("K", Spades)] = "king";
		cm[Joker] = "joker";
		cm[Num(2, Hearts)] = "two";
		cm[Num(10, Clubs)] = "ten clubs";
		trace(cm);
		trace(cm[Num(10, Hearts)] + " " + cm.exists(Num(3, Hearts)));
		var om = new Map<K, Int>();
		var ks = [for (i in 0...5) new K(i)];
		for (k in ks) om[k] = k.id * k.id;
		trace([for (k in om.keys()) k.id].length);
		var total = 0;
		for (v in om) total += v;
		trace(total);
		trace(Type.enumIndex(Diamonds) + " " + Type.enumParameters(Face("Q", Clubs)));
		var deck = [for (s in Type.allEnums(Suit)) for (n in 1...4) Num(n, s)];
		trace(deck.length + " " + deck[4]);
		var bySuit = new Map<Suit, Array<Card>>();
		for (c in deck) switch c {
			case Num(_, s) | Face(_, s):
				if (!bySuit.exists(s)) bySuit[s] = [];
				bySuit[s].push(c);
			case Joker:
		}
		trace(bySuit[Spades]);
		trace([for (k in bySuit.keys()) k]);
	}
}
