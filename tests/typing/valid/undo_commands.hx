interface Command {
  function execute():Void;
  function undo():Void;
  var label(get, never):String;
}

class Doc {
  public var text(default, null) = new StringBuf();
  public var content(get, never):String;
  public function new() {}
  function get_content() return text.toString();
  public function set(s:String) { text = new StringBuf(); text.add(s); }
}

class Insert implements Command {
  final doc:Doc; final at:Int; final s:String;
  public var label(get, never):String;
  public function new(doc, at, s) { this.doc = doc; this.at = at; this.s = s; }
  function get_label() return 'insert "$s"';
  public function execute() { var c = doc.content; doc.set(c.substr(0, at) + s + c.substr(at)); }
  public function undo() { var c = doc.content; doc.set(c.substr(0, at) + c.substr(at + s.length)); }
}

class Macro implements Command {
  final cmds:Array<Command>;
  public var label(get, never):String;
  public function new(cmds) this.cmds = cmds;
  function get_label() return cmds.map(c -> c.label).join(" + ");
  public function execute() for (c in cmds) c.execute();
  public function undo() { var r = cmds.copy(); r.reverse(); for (c in r) c.undo(); }
}

class History {
  var done:Array<Command> = [];
  var undone:Array<Command> = [];
  public function new() {}
  public function run(c:Command):History { c.execute(); done.push(c); undone = []; return this; }
  public function undo():Bool {
    var c = done.pop();
    if (c == null) return false;
    c.undo();
    undone.push(c);
    return true;
  }
  public function redo():Bool return switch undone.pop() {
    case null: false;
    case c: c.execute(); done.push(c); true;
  }
  public function labels() return done.map(c -> c.label);
}

class Main {
  static function main() {
    var d = new Doc();
    var h = new History();
    h.run(new Insert(d, 0, "world")).run(new Insert(d, 0, "hello ")).run(new Macro([new Insert(d, 11, "!"), new Insert(d, 12, "?")]));
    trace(d.content, h.labels());
    h.undo();
    trace(d.content);
    h.undo();
    h.redo();
    trace(d.content, h.undo(), h.undo(), h.undo(), d.content, h.redo());
  }
}
