// Branches and array elements of different classes take their common base type (Haxe's unify_min).
class Animal { public function new() {} public function name() return "animal"; }
class Dog extends Animal { override public function name() return "dog"; }
class Cat extends Animal { override public function name() return "cat"; }
interface Shape { function area():Float; }
class Sq implements Shape { public function new() {} public function area() return 1.0; }
class Ci implements Shape { public function new() {} public function area() return 3.14; }

class Main {
  static function pick(i:Int) return switch i { case 0: new Dog(); case 1: new Cat(); default: new Animal(); }
  static function main() {
    var pets = [new Dog(), new Cat()];
    trace(pets.map(a -> a.name()));
    var shapes = [new Sq(), new Ci()];
    trace(Lambda.fold(shapes, (s, acc) -> acc + s.area(), 0.0));
    var c = Math.random() > 2;
    var one = c ? new Dog() : new Cat();
    trace(one.name(), pick(1).name());
    var sh = if (c) new Sq() else new Ci();
    trace(sh.area());
    var pts = [{x: 1, y: 2}, {x: 1.5, y: 2}];
    trace(pts[1].x + 0.5);
    var rec = c ? {n: 1, s: "a"} : {n: 2.5, s: "b"};
    trace(rec.n);
    var r = try new Dog() catch (e:Dynamic) new Cat();
    trace(r.name());
  }
}
