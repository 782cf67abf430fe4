import haxe.Timer;
class Task {
  public var name:String;
  public var due:Float;
  public var action:() -> Void;
  public function new(n, d, a) { name = n; due = d; action = a; }
}
class Scheduler {
  var tasks:Array<Task> = [];
  public function new() {}
  public function at(name:String, delay:Float, f:() -> Void):Scheduler {
    tasks.push(new Task(name, Timer.stamp() + delay, f));
    tasks.sort((a, b) -> a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
    return this;
  }
  public function runAll():Array<String> {
    var done = [];
    while (tasks.length > 0) {
      var t = tasks.shift();
      t.action();
      done.push(t.name);
    }
    return done;
  }
}
class Main {
  static function main() {
    var log = [];
    var s = new Scheduler().at("b", 2, () -> log.push("B")).at("a", 1, () -> log.push("A"));
    trace(s.runAll(), log);
    var r = Timer.measure(() -> 40 + 2);
    trace(r);
    var t = new Timer(1000);
    t.run = () -> trace("tick");
    t.stop();
    Timer.delay(() -> trace("later"), 10).stop();
    haxe.Log.trace("direct", null);
    var grid:Array<Array<Null<Int>>> = [[1, null], [null, 4]];
    var count = 0;
    for (row in grid) for (c in row) if (c != null) count += c;
    trace(count);
  }
}
