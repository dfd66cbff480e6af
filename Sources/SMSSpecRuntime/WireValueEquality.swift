/// Status codes and open enums are equal when they go on the wire the same way: a documented case by its wire code
/// (decoding maps every spelling of it, "27" or "0027", to the case), an unknown one by its JSON kind and exact text. Declared here once, so Swift derives no `==` and `hash(into:)` for every
/// generated enum (derived conformances are re-checked in the module interface after any edit in the target).
extension StatusCode {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wireCode == rhs.wireCode }
    public func hash(into hasher: inout Hasher) { hasher.combine(wireCode) }
}

extension OpenEnum {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wireValue == rhs.wireValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(wireValue) }
}
