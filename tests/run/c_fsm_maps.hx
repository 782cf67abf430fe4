enum State { Idle; Loading(pct:Int); Ready; Failed(msg:String); }
enum Event { Start; Progress; Finish; Error; Reset; }

class Node { public var id:String; public function new(id) this.id = id; public function toString() return "N" + id; }

class Fsm {
  var table:Map<String, Map<Event, State->State>> = new Map();
  public var state(default, null):State = Idle;
  public var history:Array<String> = [];
  public function new() {}
  static function tag(s:State) return s.getName();
  public function on(from:String, ev:Event, to:State->State) {
    if (!table.exists(from)) table[from] = new Map();
    table[from][ev] = to;
    return this;
  }
  public function fire(ev:Event):Bool {
    var row = table[tag(state)];
    if (row == null || !row.exists(ev)) { history.push('!${ev}@${tag(state)}'); return false; }
    state = row[ev](state);
    history.push(Std.string(state));
    return true;
  }
}

class Main {
  static function main() {
    var f = new Fsm()
      .on("Idle", Start, _ -> Loading(0))
      .on("Loading", Progress, s -> switch s { case Loading(p) if (p + 40 >= 100): Ready; case Loading(p): Loading(p + 40); default: s; })
      .on("Loading", Error, _ -> Failed("net"))
      .on("Failed", Reset, _ -> Idle)
      .on("Ready", Reset, _ -> Idle);
    for (e in [Progress, Start, Progress, Progress, Progress, Finish, Reset, Start, Error, Reset]) f.fire(e);
    Sys.println(f.history.join(" -> "));
    var counts = new Map<Event, Int>();
    for (e in [Start, Progress, Progress, Reset, Progress]) counts[e] = (counts.exists(e) ? counts[e] : 0) + 1;
    Sys.println([for (e in Event.createAll()) e + ":" + (counts.exists(e) ? counts[e] : 0)].join(" "));
    var stateMap = new Map<State, String>();
    stateMap[Loading(10)] = "ten"; stateMap[Loading(20)] = "twenty"; stateMap[Idle] = "idle"; stateMap[Loading(10)] = "TEN";
    Sys.println(stateMap[Loading(10)] + " " + stateMap[Idle] + " " + stateMap.exists(Loading(30)) + " " + [for (k in stateMap.keys()) k].length);
    var a = new Node("a"), b = new Node("b"), a2 = new Node("a");
    var adj = new Map<Node, Array<Node>>();
    adj[a] = [b]; adj[b] = [a, a2]; adj[a2] = [];
    Sys.println(adj[b] + " " + adj.exists(a2) + " " + adj[a].length + " " + (adj.get(new Node("a")) == null));
    var visited = new Map<Node, Bool>();
    function dfs(n:Node, depth:Int):Int {
      if (visited.exists(n)) return 0;
      visited[n] = true;
      var c = 1; for (m in adj[n]) c += dfs(m, depth + 1); return c;
    }
    Sys.println(dfs(a, 0) + " " + [for (k in visited.keys()) k.id].length);
  }
}
