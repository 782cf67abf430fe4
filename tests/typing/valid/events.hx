typedef Listener<T> = T->Void;

class Signal<T> {
  var listeners:Array<Listener<T>> = [];
  var once:Array<Listener<T>> = [];
  public function new() {}
  public function add(l:Listener<T>):() -> Void {
    listeners.push(l);
    return () -> listeners.remove(l);
  }
  public function addOnce(l:T->Void) once.push(l);
  public function dispatch(v:T):Void {
    for (l in listeners.copy()) l(v);
    var o = once;
    once = [];
    for (l in o) l(v);
  }
  public var count(get, never):Int;
  function get_count() return listeners.length + once.length;
}

class EventBus {
  var handlers:Map<String, Array<Dynamic->Void>> = new Map();
  public function new() {}
  public function on(name:String, h:Dynamic->Void) {
    if (!handlers.exists(name)) handlers[name] = [];
    handlers[name].push(h);
  }
  public function emit(name:String, ?data:Dynamic) {
    var hs = handlers.get(name);
    if (hs != null) for (h in hs) h(data);
  }
}

enum GameEvent { Score(points:Int); Died(reason:String); Level(n:Int); }

class Game {
  public final onEvent = new Signal<GameEvent>();
  public var score(default, null) = 0;
  public var log(default, null):Array<String> = [];
  public function new() {
    onEvent.add(e -> switch e {
      case Score(p): score += p;
      case Died(r): log.push('died: $r');
      case Level(n): log.push('level $n');
    });
  }
}

class Main {
  static function main() {
    var s = new Signal<Int>();
    var sum = 0;
    var remove = s.add(v -> sum += v);
    s.addOnce(v -> trace('once $v'));
    s.dispatch(1);
    s.dispatch(2);
    remove();
    s.dispatch(100);
    trace(sum, s.count);
    var bus = new EventBus();
    bus.on("hit", d -> trace('hit ${d.dmg}'));
    bus.emit("hit", {dmg: 5});
    bus.emit("miss");
    var g = new Game();
    for (e in [Score(10), Level(2), Score(5), Died("lava")]) g.onEvent.dispatch(e);
    trace(g.score, g.log);
    var ss = new Signal<{name:String}>();
    ss.add(function(o) trace(o.name));
    ss.dispatch({name: "anon"});
  }
}
