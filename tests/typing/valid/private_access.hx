@:allow(Friend)
class Secret {
  var code = 42;
  static var master = "m";
  function reveal() return code;
  public function new() {}
}

class Friend {
  public static function peek(s:Secret) return s.code + s.reveal();
}

@:access(Secret)
class Spy {
  public static function steal(s:Secret) return s.code + Secret.master.length;
}

class Vault {
  @:allow(Main) var gold = 100;
  private static function open() return "opened";
  public function new() {}
}

class Base {
  var prot = 1;
  function helper() return prot * 2;
  public function new() {}
}
class Sub extends Base {
  public function use() return prot + helper();
  public function other(b:Base) return b.prot;
}

class Main {
  @:access(Vault)
  static function openVault() return Vault.open();
  static function main() {
    var s = new Secret();
    trace(Friend.peek(s), Spy.steal(s));
    trace(@:privateAccess s.code, @:privateAccess Secret.master);
    trace(new Vault().gold, openVault());
    trace(new Sub().use(), new Sub().other(new Base()));
    @:privateAccess {
      trace(s.reveal());
    }
  }
}
