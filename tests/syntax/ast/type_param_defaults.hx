// Type parameter defaults are Haxe 4.3 syntax (Haxe 4.2.5 rejects `=` here); rayzor reads them as
// Haxe 4.3's parse_constraint_param does: name, optional `:Constraint`, optional `= Default`.
class Main<T = Int> {}
class Pair<A, B = A> {}
class Bounded<T:Iterable<Int> = Array<Int>> {}
typedef Fn<R = Void> = () -> R;
interface Both<K:String = String, V = Dynamic> {}
