enum State { Idle; Running(speed:Int); Done; }

interface Plugin {
  function init():Void;
}

class P1 implements Plugin {
  public function new() {}
  public function init() trace("p1 init");
}

class Machine {
  public static inline var MAX = 3;
  public static inline var NAME = "m";
  var state:State = Idle;
  var ticks = 0;
  public function new() {}
  public function step():Machine {
    state = switch this.state {
      case Idle: Running(1);
      case Running(s) if (s >= MAX): Done;
      case Running(s): Running(s + 1);
      case Done: Done;
    }
    ticks++;
    return this;
  }
  public function isDone() return state.match(Done);
  public function speed() return switch state { case Running(s): s; default: 0; };
}

class Main {
  static function classify(n:Int) return switch n {
    case Machine.MAX: "max";
    case 0: "zero";
    case _: "other";
  }
  static function main() {
    var m = new Machine();
    while (!m.isDone()) m.step();
    trace(m.speed(), classify(3), classify(0), classify(7));
    switch "m" { case Machine.NAME: trace("name"); case _: }
    var p:Plugin = new P1();
    p.init();
    var states = [Idle, Running(2), Done];
    var names = states.map(s -> s.getName());
    trace(names, states.indexOf(Done));
    trace(Running(1).equals(Running(1)), Type.enumEq(Running(2), Running(2)));
  }
}
