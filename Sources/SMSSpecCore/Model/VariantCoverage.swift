/// Whether a union variant reads every value another one would write, so that the other, coming later, never reads
/// one: a value made with it decodes as the earlier one (`ModelBuilder.checkShadowedVariants`).
struct VariantCoverage {
    /// The element each list shape aliases.
    let listShapes: [String: ResolvedType]
    let shapesByName: [String: ShapeSpec]
    /// The JSON kinds each list shape and union reads (`ModelBuilder.namedKinds`).
    let kinds: [String: Set<JSONKind>]
    /// Each union's variant types, in order.
    let unionVariants: [String: [ResolvedType]]
    /// The field each discriminated union reads its variant by, by union name.
    var discriminatorFields: [String: String] = [:]
    let codes: CodeSpellings
    /// A field's type as the model resolves it.
    let resolve: (FieldSpec) -> ResolvedType
    /// `kindChange`'s and `covers`' answers so far, by their arguments.
    private let memo = CoverageMemo()

    init(
        listShapes: [String: ResolvedType], shapesByName: [String: ShapeSpec], kinds: [String: Set<JSONKind>], unionVariants: [String: [ResolvedType]],
        codes: CodeSpellings, resolve: @escaping (FieldSpec) -> ResolvedType
    ) {
        (self.listShapes, self.shapesByName, self.kinds, self.unionVariants, self.codes, self.resolve) = (listShapes, shapesByName, kinds, unionVariants, codes, resolve)
    }

    /// The kinds of JSON value a type reads whatever they hold, and how a message says so: an open enum or a table
    /// reads any text, number or boolean (as `unknown`), a string or date any text, a double any number, a bool any
    /// boolean, `json` anything; `[json]` any list, `{json}` and a shape without fields any object.
    func readsEvery(_ type: ResolvedType) -> (kinds: Set<JSONKind>, what: String) {
        switch aliased(type) {
        case .enumeration: ([.text, .number, .bool], "an open enum, which reads any text, number or boolean")
        case .table: ([.text, .number, .bool], "a status table, which reads any text, number or boolean")
        case .string, .secret: ([.text], "which reads any text")
        case .timestamp: ([.text], "a date, which keeps any text")
        case .double: ([.number], "which reads any number")
        case .bool: ([.bool], "which reads any boolean")
        case .json: (Set(JSONKind.allCases), "which reads any value")
        case .array(.json): ([.array], "which reads any list")
        case .map(.json): ([.object], "which reads any object")
        case .shape(let reference) where shapesByName[reference.swiftName]?.fields.isEmpty == true:
            ([.object], "a shape without fields, which reads any object")
        default: ([], "")
        }
    }

    /// Whether `earlier` reads every value `later` writes, beyond the kinds `readsEvery` names: a decimal reads any
    /// integer, `int` and `int64` the same numbers; a list or map reads every one whose elements its own elements read
    /// (`[string]` a `[date]`); a shape whose fields are all optional reads a shape that has none of them.
    func covers(_ earlier: ResolvedType, _ later: ResolvedType, depth: Int = 0) -> Bool {
        // Deeper than any type expression: only a cycle of list shapes, an error of its own, goes on.
        guard depth <= TypeExpression.maximumDepth else { return false }
        let earlier = aliased(earlier), later = aliased(later)
        let reads = later.jsonKinds(named: kinds)
        if !reads.isEmpty, reads.isSubset(of: readsEvery(earlier).kinds) { return true }
        switch (earlier, later) {
        case (.decimal, .int), (.decimal, .int64), (.int, .int64), (.int64, .int): return true
        case (.array(let element), .array(let other)), (.map(let element), .map(let other)):
            return covers(element, other, depth: depth + 1)
        case (.shape(let reference), .shape(let other)):
            let key = CoverageMemo.Pair(earlier: earlier, later: later)
            if let known = memo.covered[key] { return known }
            guard let shape = shapesByName[reference.swiftName], let otherShape = shapesByName[other.swiftName] else { return false }
            let otherNames = Set(otherShape.fields.map(\.wireName.value))
            let covered = shape.fields.allSatisfy { field in (!field.required || field.defaultValue != nil) && !otherNames.contains(field.wireName.value) }
            memo.covered[key] = covered
            return covered
        default: return false
        }
    }

    /// A value `later` reads, none of whose kind `unread` an earlier variant reads, that `later` writes back as a value
    /// of a kind `earlier` reads (`CodeSpellings.kindChanges`: Sent, a flag, reads `"false"` and writes `false`, which a
    /// `bool` before it reads), elements of lists and maps alike; nil when there is none. Variants of a union are
    /// tried as they would be on the value. Each question is worked out once (`CoverageMemo`).
    func kindChange(readBackBy earlier: ResolvedType, from later: ResolvedType, unread: Set<JSONKind>, depth: Int = 0) -> KindChange? {
        guard depth <= TypeExpression.maximumDepth else { return nil }
        let earlier = aliased(earlier), later = aliased(later)
        let key = CoverageMemo.Key(earlier: earlier, later: later, unread: unread)
        if let known = memo.kindChanges[key] { return known }
        memo.kindChanges[key] = .some(nil)
        let change = workOutKindChange(readBackBy: earlier, from: later, unread: unread, depth: depth)
        memo.kindChanges[key] = change
        return change
    }

    private func workOutKindChange(readBackBy earlier: ResolvedType, from later: ResolvedType, unread: Set<JSONKind>, depth: Int) -> KindChange? {
        switch (earlier, later) {
        case (.union(let reference), _) where discriminatorFields[reference.swiftName] != nil:
            return discriminatorFieldWritten(by: later, readBy: reference.swiftName)
        case (_, .union(let reference)):
            return unionVariants[reference.swiftName]?.lazy.compactMap { kindChange(readBackBy: earlier, from: $0, unread: unread, depth: depth + 1) }.first
        case (.union(let reference), _):
            return unionVariants[reference.swiftName]?.lazy.compactMap { kindChange(readBackBy: $0, from: later, unread: unread, depth: depth + 1) }.first
        case (.array(let element), .array(let other)):
            return kindChange(readBackBy: element, from: other, unread: Set(JSONKind.allCases).subtracting(readsEvery(element).kinds), depth: depth + 1)
                .map { KindChange(from: .array, to: .array, read: "[\($0.read)]", written: "[\($0.written)]", fix: $0.fix) }
        case (.map(let element), .map(let other)):
            return kindChange(readBackBy: element, from: other, unread: Set(JSONKind.allCases).subtracting(readsEvery(element).kinds), depth: depth + 1)
                .map { KindChange(from: .object, to: .object, read: "{\"k\": \($0.read)}", written: "{\"k\": \($0.written)}", fix: $0.fix) }
        case (.shape(let reference), .shape(let other)):
            guard let shape = shapesByName[reference.swiftName], let otherShape = shapesByName[other.swiftName] else { return nil }
            return objectChange(readBackBy: shape, from: otherShape, depth: depth)
        case (.map(let element), .shape(let other)):
            return shapesByName[other.swiftName].flatMap { objectChange(readBackBy: element, from: $0) }
        case (.shape(let reference), .map(let element)):
            guard let shape = shapesByName[reference.swiftName] else { return nil }
            for field in shape.fields {
                let reading = reading(field)
                guard let change = kindChange(readBackBy: reading.type, from: element, unread: reading.unread, depth: depth + 1)
                    ?? (field.lenient && reading.type == .bool ? numberWrittenAsAFlag(by: element, lenient: false) : nil)
                else { continue }
                let key = "\"\(field.wireName.value.abbreviated)\""
                return KindChange(from: .object, to: .object, read: "{\(key): \(change.read), …}", written: "{\(key): \(change.written), …}", fix: "remove one")
            }
            return nil
        default:
            let reads = earlier.jsonKinds(named: kinds)
            return codes.kindChanges(of: later).first { unread.contains($0.from) && reads.contains($0.to) }
        }
    }

    /// A discriminated union reads every object that carries its field (a kind it does not list as `unknown`): a later
    /// map, or shape with a field of that name, writes such an object when it holds one, which then reads back as the
    /// union. Its failure on an object without the field leaves that to the later variant.
    private func discriminatorFieldWritten(by later: ResolvedType, readBy union: String) -> KindChange? {
        guard let field = discriminatorFields[union] else { return nil }
        let key = "\"\(field.abbreviated)\""
        switch later {
        case .map:
            return KindChange(from: .object, to: .object, read: "{\(key): \"x\"}", written: "{\(key): \"x\"}", fix: "remove one, or put the map first")
        case .shape(let reference):
            guard let shape = shapesByName[reference.swiftName], shape.fields.contains(where: { $0.wireName.value == field }) else { return nil }
            return KindChange(
                from: .object, to: .object, read: "{\(key): \"x\", …}", written: "{\(key): \"x\", …}",
                fix: "remove one, or rename the shape's field '\(field.abbreviated)'")
        default:
            return nil
        }
    }

    /// An object `later` reads and writes back as one `earlier` reads, when `later` writes every field `earlier` needs:
    /// a field's value changed in kind (`kindChange`, or a `lenient` field's: `"7"` written `7`), a default `later`
    /// writes where the payload had none, or a field only `earlier` has, holding what it does not read, that `later`
    /// drops.
    private func objectChange(readBackBy earlier: ShapeSpec, from later: ShapeSpec, depth: Int) -> KindChange? {
        let laterFields = Dictionary(later.fields.map { ($0.wireName.value, $0) }, uniquingKeysWith: { first, _ in first })
        guard earlier.fields.allSatisfy({ !$0.required || $0.defaultValue != nil || laterFields[$0.wireName.value] != nil }) else { return nil }
        // A field `later` always writes in a kind the earlier one's never reads: `earlier` reads nothing `later` writes.
        for field in earlier.fields {
            guard let other = laterFields[field.wireName.value], other.required || other.defaultValue != nil else { continue }
            if reading(field).reads.isDisjoint(with: resolve(other).jsonKinds(named: kinds)) { return nil }
        }
        for field in earlier.fields {
            let key = "\"\(field.wireName.value.abbreviated)\""
            let (type, reads, unread) = reading(field)
            guard let other = laterFields[field.wireName.value] else {
                guard let unreadValue = Self.value(notOf: reads) else { continue }
                return KindChange(from: .object, to: .object, read: "{\(key): \(unreadValue), …}", written: "{…} without \(key)", fix: Self.apart)
            }
            if field.required, field.defaultValue == nil, let value = other.defaultValue?.value {
                let written = type == .string ? "\"\(value.abbreviated)\"" : value.abbreviated
                return KindChange(from: .object, to: .object, read: "{…} without \(key)", written: "{\(key): \(written), …}", fix: Self.apart)
            }
            let otherType = resolve(other)
            let change = kindChange(readBackBy: type, from: otherType, unread: unread, depth: depth + 1)
                ?? (other.lenient ? Self.lenientChanges(of: otherType) : []).first { unread.contains($0.from) && reads.contains($0.to) }
                ?? (field.lenient && type == .bool ? numberWrittenAsAFlag(by: otherType, lenient: other.lenient) : nil)
            if let change {
                return KindChange(from: .object, to: .object, read: "{\(key): \(change.read), …}", written: "{\(key): \(change.written), …}", fix: Self.apart)
            }
        }
        return nil
    }

    /// An object with a key `later` does not know, holding what a map of `element` does not read: `later` drops it, and
    /// writes what the map reads when each field it always writes (required, or with a default) may hold such a value.
    private func objectChange(readBackBy element: ResolvedType, from later: ShapeSpec) -> KindChange? {
        let reads = element.jsonKinds(named: kinds)
        let names = Set(later.fields.map(\.wireName.value))
        guard let unreadValue = Self.value(notOf: reads),
            later.fields.allSatisfy({ (!$0.required && $0.defaultValue == nil) || !resolve($0).jsonKinds(named: kinds).isDisjoint(with: reads) })
        else { return nil }
        let key = "\"" + (sequence(first: "x") { $0 + "x" }.first { !names.contains($0) } ?? "x") + "\""
        return KindChange(from: .object, to: .object, read: "{…, \(key): \(unreadValue)}", written: "{…} without \(key)",
            fix: "put the shape first (a map then reads only what it does not), or remove one")
    }

    /// What a field of an earlier variant reads: its type, the kinds it reads (a lenient one's other kinds too: `"7"` as
    /// 7, before a later variant could), and the kinds no value of it reads whatever it holds, where a later variant's
    /// change of kind could land.
    private func reading(_ field: FieldSpec) -> (type: ResolvedType, reads: Set<JSONKind>, unread: Set<JSONKind>) {
        let type = resolve(field), leniency = field.lenient ? Self.lenientChanges(of: type).map(\.from) : []
        return (type, type.jsonKinds(named: kinds).union(leniency), Set(JSONKind.allCases).subtracting(readsEvery(type).kinds).subtracting(leniency))
    }

    /// The fix of two shapes one reads the other's payloads as.
    private static let apart = "remove one, or give each a required field the other does not have"

    /// What a `lenient` field of `type` reads from another kind than it writes: a number or boolean from its text, text
    /// from a number or boolean, a boolean from the number 1 or 0.
    private static func lenientChanges(of type: ResolvedType) -> [KindChange] {
        switch type {
        case .int, .int64, .double, .decimal: [KindChange(from: .text, to: .number, read: "\"7\"", written: "7")]
        case .bool: [KindChange(from: .text, to: .bool, read: "\"true\"", written: "true"), KindChange(from: .number, to: .bool, read: "1", written: "true")]
        case .string: [KindChange(from: .number, to: .text, read: "7", written: "\"7\""), KindChange(from: .bool, to: .text, read: "true", written: "\"true\"")]
        default: []
        }
    }

    /// A number a later field reads that an earlier lenient boolean does not, and writes as the 1 or 0 it reads: text
    /// (`"01"`, a lenient number's), or digits beyond what a double keeps (`1.00000000000000001`, which Foundation's
    /// decoder reads as the integer or double 1; a decimal keeps them). A boolean reads only 1 and 0 of all numbers, so
    /// the kinds alone do not show it (an attack).
    private func numberWrittenAsAFlag(by type: ResolvedType, lenient: Bool) -> KindChange? {
        if lenient, [.int, .int64, .double, .decimal].contains(type) {
            return KindChange(from: .text, to: .number, read: "\"01\"", written: "1")
        }
        // An integer, a double, a numeric code or a `wire: number` enum, or a union that holds one.
        guard type != .decimal, aliased(type).jsonKinds(named: kinds).contains(.number) else { return nil }
        return KindChange(from: .number, to: .number, read: "1.00000000000000001", written: "1")
    }

    /// A JSON value of a kind not in `kinds`; nil when they are all there.
    private static func value(notOf kinds: Set<JSONKind>) -> String? {
        let values: [(JSONKind, String)] = [(.text, "\"x\""), (.number, "7"), (.bool, "true"), (.array, "[]"), (.object, "{}")]
        return values.first { !kinds.contains($0.0) }?.1
    }

    /// A list shape as the list it aliases.
    private func aliased(_ type: ResolvedType) -> ResolvedType {
        if case .shape(let reference) = type, let element = listShapes[reference.swiftName] { return .array(element) }
        return type
    }
}

/// `VariantCoverage`'s answers, by their arguments. `kindChange`: shapes that hold themselves (through optional
/// fields) brought the question back at every level, each field asking it again: (fields)^depth calls, which never
/// ended for two shapes of eight such fields. A question met again while it is being worked out has no answer of its
/// own (a value is finite, so a change of kind is found where the cycle is entered, or not at all). `covers` of two
/// shapes reads every field: unions of the same shapes asked it again for each union, 100 unions of 256 shapes of 61
/// fields taking 82 s.
private final class CoverageMemo {
    struct Key: Hashable {
        let earlier: ResolvedType, later: ResolvedType
        let unread: Set<JSONKind>
    }

    struct Pair: Hashable {
        let earlier: ResolvedType, later: ResolvedType
    }

    var kindChanges: [Key: KindChange?] = [:]
    var covered: [Pair: Bool] = [:]
}
