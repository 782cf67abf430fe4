// An inventory/order system: classes, interfaces, enums, maps, closures, string formatting.
enum Category { Food; Tool; Toy(minAge:Int); }

enum OrderResult {
	Ok(total:Float);
	OutOfStock(item:String, wanted:Int, have:Int);
	Unknown(item:String);
}

interface Priced {
	function price():Float;
}

class Item implements Priced {
	public var name(default, null):String;
	public var category(default, null):Category;
	var unitPrice:Float;

	public function new(name:String, category:Category, unitPrice:Float) {
		this.name = name;
		this.category = category;
		this.unitPrice = unitPrice;
	}

	public function price():Float return unitPrice;

	public function toString():String return '$name(${fmt(unitPrice)})';

	public static function fmt(x:Float):String {
		var cents = Math.round(x * 100);
		var s = Std.string(Std.int(cents / 100)) + "." + StringTools.lpad(Std.string(cents % 100), "0", 2);
		return s;
	}
}

class DiscountedItem extends Item {
	var pct:Int;
	public function new(name, category, unitPrice, pct:Int) {
		super(name, category, unitPrice);
		this.pct = pct;
	}
	override public function price():Float return super.price() * (100 - pct) / 100;
	override public function toString():String return super.toString() + "-" + pct + "%";
}

class Inventory {
	var items = new Map<String, Item>();
	var stock = new Map<String, Int>();
	public var log(default, null):Array<String> = [];

	public function new() {}

	public function add(item:Item, qty:Int):Void {
		items[item.name] = item;
		stock[item.name] = (stock.exists(item.name) ? stock[item.name] : 0) + qty;
		log.push("add " + item.name + " x" + qty);
	}

	public function order(lines:Array<{item:String, qty:Int}>):OrderResult {
		var total = 0.0;
		for (l in lines) {
			if (!items.exists(l.item)) return Unknown(l.item);
			var have = stock[l.item];
			if (have < l.qty) return OutOfStock(l.item, l.qty, have);
		}
		for (l in lines) {
			stock[l.item] -= l.qty;
			total += items[l.item].price() * l.qty;
		}
		log.push("order " + lines.length + " lines");
		return Ok(total);
	}

	public function report(filter:Item -> Bool):Array<String> {
		var names = [for (k in items.keys()) k];
		names.sort((a, b) -> a < b ? -1 : 1);
		return [for (n in names) if (filter(items[n])) n + ":" + stock[n]];
	}

	public function valueBy(cat:Category -> Bool):Float {
		var v = 0.0;
		for (n => it in items) if (cat(it.category)) v += it.price() * stock[n];
		return v;
	}
}

class Main {
	static function describe(r:OrderResult):String {
		return switch r {
			case Ok(t): "OK total=" + Item.fmt(t);
			case OutOfStock(i, w, h): 'Out of stock: $i (wanted $w, have $h)';
			case Unknown(i): "Unknown item " + i;
		}
	}

	static function main() {
		var inv = new Inventory();
		inv.add(new Item("apple", Food, 0.5), 100);
		inv.add(new Item("hammer", Tool, 12.99), 5);
		inv.add(new DiscountedItem("robot", Toy(8), 49.95, 20), 3);
		inv.add(new Item("bread", Food, 2.25), 10);
		inv.add(new Item("apple", Food, 0.55), 20);
		trace(inv.report(_ -> true));
		trace(describe(inv.order([{item: "apple", qty: 10}, {item: "robot", qty: 1}])));
		trace(describe(inv.order([{item: "hammer", qty: 6}])));
		trace(describe(inv.order([{item: "laser", qty: 1}])));
		trace(describe(inv.order([{item: "bread", qty: 10}, {item: "hammer", qty: 2}])));
		trace(inv.report(i -> i.category.match(Food)));
		trace(inv.report(i -> switch i.category { case Toy(age): age > 5; default: false; }));
		trace("food value " + Item.fmt(inv.valueBy(c -> c == Food)));
		trace("all value " + Item.fmt(inv.valueBy(_ -> true)));
		trace(inv.log.join("; "));
		var priced:Array<Priced> = [new Item("a", Food, 1.0), new DiscountedItem("b", Tool, 10.0, 50)];
		var sum = 0.0;
		for (p in priced) sum += p.price();
		trace(sum);
		trace(Item.fmt(3.999) + " " + Item.fmt(0.07) + " " + Item.fmt(100));
	}
}
