// A small bank simulation: accounts with transaction history, interest, transfers with validation,
// statements, and summary statistics.
enum Tx {
	Deposit(amount:Float);
	Withdraw(amount:Float);
	TransferIn(from:String, amount:Float);
	TransferOut(to:String, amount:Float);
	Interest(rate:Float, amount:Float);
}

class InsufficientFunds {
	public var account:String;
	public var needed:Float;
	public function new(a, n) { account = a; needed = n; }
	public function toString() return 'InsufficientFunds($account needs ${Bank.money(needed)})';
}

class Account {
	public var id(default, null):String;
	public var owner(default, null):String;
	public var balance(default, null):Float = 0;
	public var history(default, null):Array<Tx> = [];

	public function new(id, owner) {
		this.id = id;
		this.owner = owner;
	}

	public function apply(tx:Tx):Void {
		switch tx {
			case Deposit(a) | TransferIn(_, a) | Interest(_, a): balance += a;
			case Withdraw(a) | TransferOut(_, a):
				if (a > balance) throw new InsufficientFunds(id, a - balance);
				balance -= a;
		}
		history.push(tx);
	}
}

class SavingsAccount extends Account {
	public var rate:Float;
	public function new(id, owner, rate) {
		super(id, owner);
		this.rate = rate;
	}
	public function accrue():Float {
		var amt = Math.round(balance * rate * 100) / 100;
		apply(Interest(rate, amt));
		return amt;
	}
}

class Bank {
	var accounts = new Map<String, Account>();
	var order:Array<String> = [];

	public function new() {}

	public static function money(x:Float):String {
		var neg = x < 0;
		var cents = Math.round(Math.abs(x) * 100);
		var s = Std.int(cents / 100) + "." + StringTools.lpad("" + (cents % 100), "0", 2);
		return (neg ? "-" : "") + "$" + s;
	}

	public function open(a:Account):Account {
		accounts[a.id] = a;
		order.push(a.id);
		return a;
	}

	public function transfer(from:String, to:String, amt:Float):Bool {
		var a = accounts[from], b = accounts[to];
		if (a == null || b == null) return false;
		try {
			a.apply(TransferOut(to, amt));
		} catch (e:InsufficientFunds) {
			Sys.println("  rejected: " + e);
			return false;
		}
		b.apply(TransferIn(from, amt));
		return true;
	}

	public function statement(id:String):String {
		var a = accounts[id];
		var lines = ['Statement ${a.id} (${a.owner})'];
		for (i => tx in a.history) {
			var desc = switch tx {
				case Deposit(x): "deposit " + money(x);
				case Withdraw(x): "withdraw " + money(x);
				case TransferIn(f, x): "from " + f + " " + money(x);
				case TransferOut(t, x): "to " + t + " " + money(x);
				case Interest(r, x): "interest " + (r * 100) + "% " + money(x);
			}
			lines.push('  ${i + 1}. $desc');
		}
		lines.push("  balance " + money(a.balance));
		return lines.join("\n");
	}

	public function total():Float {
		var t = 0.0;
		for (id in order) t += accounts[id].balance;
		return t;
	}

	public function richest():Account {
		var best:Account = null;
		for (id in order) if (best == null || accounts[id].balance > best.balance) best = accounts[id];
		return best;
	}

	public function savings():Array<SavingsAccount> {
		return [for (id in order) if (Std.isOfType(accounts[id], SavingsAccount)) cast(accounts[id], SavingsAccount)];
	}
}

class Main {
	static function main() {
		var bank = new Bank();
		var a = bank.open(new Account("A1", "Ann"));
		var b = bank.open(new SavingsAccount("S1", "Bob", 0.025));
		var c = bank.open(new Account("A2", "Cy"));
		a.apply(Deposit(500));
		b.apply(Deposit(1200.50));
		c.apply(Deposit(20));
		trace(bank.transfer("A1", "A2", 125.25));
		trace(bank.transfer("A2", "S1", 1000));
		trace(bank.transfer("A1", "ZZ", 1));
		try {
			c.apply(Withdraw(500));
		} catch (e:InsufficientFunds) {
			trace("caught " + e.account + " " + Bank.money(e.needed));
		}
		for (s in bank.savings()) trace(s.id + " interest " + Bank.money(s.accrue()));
		a.apply(Withdraw(74.75));
		for (id in ["A1", "S1", "A2"]) Sys.println(bank.statement(id));
		trace("total " + Bank.money(bank.total()));
		trace("richest " + bank.richest().owner);
		trace(Bank.money(-3.5) + " " + Bank.money(0) + " " + Bank.money(1234567.891));
		var counts = new Map<String, Int>();
		for (acc in [a, b, c]) for (tx in acc.history) {
			var k = Type.enumConstructor(tx);
			counts[k] = (counts.exists(k) ? counts[k] : 0) + 1;
		}
		var ks = [for (k in counts.keys()) k];
		ks.sort(Reflect.compare);
		trace([for (k in ks) k + "=" + counts[k]].join(", "));
	}
}
