import haxe.Exception;

class InsufficientFunds extends Exception {
  public var needed(default, null):Float;
  public function new(needed:Float) {
    super('Insufficient funds: need $needed');
    this.needed = needed;
  }
}

class AccountLocked extends Exception {}

class Account {
  public var balance(default, null):Float = 0;
  public var owner(default, null):String;
  var locked = false;
  var history:Array<String> = [];
  public function new(owner:String, ?initial:Float = 0) {
    this.owner = owner;
    balance = initial;
  }
  public function deposit(amount:Float):Void {
    if (locked) throw new AccountLocked("locked");
    if (amount <= 0) throw "invalid amount";
    balance += amount;
    history.push('deposit $amount');
  }
  public function withdraw(amount:Float):Float {
    if (locked) throw new AccountLocked("locked");
    if (amount > balance) throw new InsufficientFunds(amount - balance);
    balance -= amount;
    history.push('withdraw $amount');
    return amount;
  }
  public function lock() locked = true;
  public function log() return history.copy();
}

class Bank {
  var accounts = new Map<String, Account>();
  public function new() {}
  public function open(name:String, initial:Float):Account {
    var a = new Account(name, initial);
    accounts.set(name, a);
    return a;
  }
  public function transfer(from:String, to:String, amount:Float):Bool {
    var a = accounts.get(from), b = accounts.get(to);
    if (a == null || b == null) return false;
    try {
      b.deposit(a.withdraw(amount));
      return true;
    } catch (e:InsufficientFunds) {
      trace('failed: ${e.message} (${e.needed})');
      return false;
    } catch (e:AccountLocked) {
      trace("locked!");
      return false;
    }
  }
  public function total():Float {
    var t = 0.0;
    for (a in accounts) t += a.balance;
    return t;
  }
}

class Main {
  static function risky(n:Int):Int {
    if (n > 2) throw new Exception("too big");
    return n;
  }
  static function main() {
    var bank = new Bank();
    var a = bank.open("alice", 100);
    bank.open("bob", 50);
    trace(bank.transfer("alice", "bob", 30));
    trace(bank.transfer("alice", "bob", 300));
    a.lock();
    trace(bank.transfer("alice", "bob", 1));
    trace(bank.total());
    try {
      a.deposit(-1);
    } catch (e:String) {
      trace("string: " + e);
    } catch (e:Dynamic) {
      trace("dyn");
    }
    try risky(5) catch (e) trace(e.message);
    var r = try risky(1) catch (e:Exception) -1;
    trace(r);
    try {
      throw 42;
    } catch (e:Int) {
      trace(e + 1);
    }
    try {
      var acc = new Account("x");
      acc.withdraw(10);
    } catch (e:Exception) {
      trace(Std.isOfType(e, InsufficientFunds), e.details() != null);
      var ex = Std.downcast(e, InsufficientFunds);
      if (ex != null) trace(ex.needed);
    }
    try {
      throw new haxe.exceptions.NotImplementedException();
    } catch (e:haxe.exceptions.NotImplementedException) {
      trace("ni");
    } catch (e:Exception) {}
    trace(a.log());
  }
}
