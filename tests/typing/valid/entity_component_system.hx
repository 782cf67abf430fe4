interface Component {}
class Position implements Component { public var x:Float = 0; public var y:Float = 0; public function new(x, y) { this.x = x; this.y = y; } }
class Velocity implements Component { public var dx:Float; public var dy:Float; public function new(dx, dy) { this.dx = dx; this.dy = dy; } }
class Health implements Component { public var hp:Int; public function new(hp) this.hp = hp; }

class Entity {
  static var nextId = 0;
  public final id:Int;
  final components = new Map<String, Component>();
  public function new() id = nextId++;
  public function add<T:Component>(c:T):Entity {
    components.set(Type.getClassName(Type.getClass(c)), c);
    return this;
  }
  public function get<T:Component>(cls:Class<T>):Null<T> {
    var c = components.get(Type.getClassName(cls));
    return c == null ? null : cast c;
  }
  public function has(cls:Class<Component>):Bool return components.exists(Type.getClassName(cls));
}

interface System { function update(es:Array<Entity>, dt:Float):Void; }

class MoveSystem implements System {
  public function new() {}
  public function update(es:Array<Entity>, dt:Float) {
    for (e in es) {
      var p = e.get(Position), v = e.get(Velocity);
      if (p == null || v == null) continue;
      p.x += v.dx * dt;
      p.y += v.dy * dt;
    }
  }
}

class DecaySystem implements System {
  public function new() {}
  public function update(es:Array<Entity>, dt:Float) {
    for (e in es) switch e.get(Health) {
      case null:
      case h: h.hp -= 1;
    }
  }
}

class World {
  public var entities(default, null):Array<Entity> = [];
  var systems:Array<System> = [];
  public function new() {}
  public function spawn():Entity { var e = new Entity(); entities.push(e); return e; }
  public function addSystem(s:System):World { systems.push(s); return this; }
  public function step(dt:Float) for (s in systems) s.update(entities, dt);
  public function query(...types:Class<Component>):Array<Entity> return entities.filter(e -> [for (t in types) t].filter(t -> !e.has(t)).length == 0);
}

class Main {
  static function main() {
    var w = new World().addSystem(new MoveSystem()).addSystem(new DecaySystem());
    w.spawn().add(new Position(0, 0)).add(new Velocity(1, 2)).add(new Health(3));
    w.spawn().add(new Position(5, 5));
    for (_ in 0...3) w.step(0.5);
    for (e in w.entities) {
      var p = e.get(Position);
      var h = e.get(Health);
      trace(e.id, p.x, p.y, h != null ? h.hp : -1);
    }
    trace(w.query(Position, Velocity).length, w.query(Position).length);
  }
}
