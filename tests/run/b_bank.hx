import haxe.Exception;

class InsufficientFunds extends Exception {
	public var needed:Float;
	public function new(needed:Float) {
		super("insufficient funds: need " + needed + " more");
		this.needed = needed;
	}
}

enum TxKind {
	Deposit(amount:Float);
	Withdraw(amount:Float);
	Transfer(to:String, amount:Float);
}

typedef Tx = {kind:TxKind, ok:Bool, ?note:String};

abstract Money(Int) {
	public inline function new(cents:Int) this = cents;
	@:from static function fromFloat(f:Float):Money return new Money(Math.round(f * 100));
	@:op(A + B) static function add(a:Money, b:Money):Money return new Money(a.cents() + b.cents());
	@:op(A - B) static function sub(a:Money, b:Money):Money return new Money(a.cents() - b.cents());
	@:op(A < B) static function lt(a:Money, b:Money):Bool return a.cents() < b.cents();
	public inline function cents():Int return this;
	public function toString():String {
		var c = this < 0 ? -this : this;
		var s = Std.string(c % 100);
		return (this < 0 ? "-" : "") + "$" + Std.int(c / 100) + "." + (s.length < 2 ? "0" + s : s);
	}
}

class Account {
	public var owner(default, null):String;
	public var balance(get, never):Money;
	var cents:Money;
	public var history(default, null):Array<Tx> = [];
	static var nextId = 1;
	public var id(default, null):Int;

	public function new(owner:String, initial:Float = 0) {
		this.owner = owner;
		this.cents = initial;
		id = nextId++;
	}

	function get_balance():Money return cents;

	public function apply(kind:TxKind, bank:Bank):Void {
		try {
			switch (kind) {
				case Deposit(a):
					if (a <= 0) throw "bad amount " + a;
					cents = cents + (a : Money);
				case Withdraw(a):
					var m:Money = a;
					if (cents < m) throw new InsufficientFunds((m - cents).cents() / 100);
					cents = cents - m;
				case Transfer(to, a):
					var target = bank.find(to);
					if (target == null) throw new Exception("unknown account " + to);
					apply(Withdraw(a), bank);
					target.apply(Deposit(a), bank);
			}
			history.push({kind: kind, ok: true});
		} catch (e:InsufficientFunds) {
			history.push({kind: kind, ok: false, note: e.message});
		} catch (e:String) {
			history.push({kind: kind, ok: false, note: e});
		}
	}

	public function toString():String return "#" + id + " " + owner + " " + balance;
}

class Bank {
	var accounts = new Map<String, Account>();
	public function new() {}
	public function open(owner:String, initial:Float = 0):Account {
		var a = new Account(owner, initial);
		accounts.set(owner, a);
		return a;
	}
	public function find(owner:String):Null<Account> return accounts.get(owner);
	public function all():Array<Account> {
		var r = [for (a in accounts) a];
		r.sort((x, y) -> x.id - y.id);
		return r;
	}
	public function total():Money {
		var t = new Money(0);
		for (a in accounts) t = t + a.balance;
		return t;
	}
}

class Main {
	static function main() {
		var bank = new Bank();
		var alice = bank.open("alice", 100);
		var bob = bank.open("bob");
		bank.open("carol", 12.345);
		alice.apply(Deposit(50.5), bank);
		alice.apply(Withdraw(20.25), bank);
		bob.apply(Withdraw(5), bank);
		bob.apply(Deposit(-3), bank);
		alice.apply(Transfer("bob", 30), bank);
		try {
			alice.apply(Transfer("dave", 1), bank);
		} catch (e:Exception) {
			Sys.println("error: " + e.message);
		}
		bob.apply(Transfer("carol", 100), bank);
		for (a in bank.all()) {
			Sys.println(a.toString());
			for (t in a.history) {
				var desc = switch (t.kind) {
					case Deposit(x): "deposit " + x;
					case Withdraw(x): "withdraw " + x;
					case Transfer(to, x): "transfer " + x + " to " + to;
				}
				Sys.println("  " + (t.ok ? "ok  " : "FAIL") + " " + desc + (t.note != null ? " (" + t.note + ")" : ""));
			}
		}
		Sys.println("total " + bank.total());
		var neg:Money = -3.5;
		Sys.println(neg + " " + new Money(7) + " " + (new Money(199) + 0.01));
	}
}
