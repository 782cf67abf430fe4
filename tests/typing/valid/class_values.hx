class Animal {
  public var name:String;
  public function new() name = "animal";
}
class Dog extends Animal {
  public function new() { super(); name = "dog"; }
  public function bark() return "woof";
}
class Cat extends Animal {}

class Factory {
  public static function make<T>(c:Class<T>):T return Type.createInstance(c, []);
  public static function makeAll<T:Animal>(cs:Array<Class<T>>):Array<T> return [for (c in cs) make(c)];
  public static function isA<T>(v:Dynamic, c:Class<T>):Bool return Std.isOfType(v, c);
}

enum E { A; B(x:Int); }

class Main {
  static function describe(v:Dynamic):String {
    return switch Type.typeof(v) {
      case TNull: "null";
      case TInt: "int";
      case TFloat: "float";
      case TBool: "bool";
      case TClass(String): "string";
      case TClass(Array): "array";
      case TClass(c): "instance of " + Type.getClassName(c);
      case TEnum(e): "enum " + Type.getEnumName(e);
      case TObject: "object";
      case TFunction: "function";
      case TUnknown: "?";
    }
  }
  static function main() {
    var d = Factory.make(Dog);
    trace(d.bark());
    var animals = Factory.makeAll([Dog]);
    trace(animals.map(a -> a.name));
    var a:Animal = d;
    var back = cast(a, Dog);
    trace(back.bark(), Std.downcast(a, Dog) != null, Std.downcast(a, Cat) == null);
    trace(Type.getClass(a) == Dog, Factory.isA(a, Animal));
    for (v in ([null, 1, 1.5, true, "s", [1], d, A, {x: 1}, describe] : Array<Dynamic>)) trace(describe(v));
    var cls:Class<Animal> = Dog;
    trace(Type.getClassName(cls));
    var en:Enum<E> = E;
    trace(Type.getEnumConstructs(en));
    var ctor = B;
    trace(ctor(3));
    var unsafe:Dog = cast a;
    trace(unsafe.name);
  }
}
