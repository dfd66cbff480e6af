import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Unions below two variants of one kind that both hold unions read each place of a payload once: such variants that
/// each hold the union again (two object shapes with a `child`) read a payload nested n levels in time proportional
/// to n, not to 2ⁿ.
@Suite struct UnionNestingTests {
    static let nested = NestedUnions.tree + """
          Outer: {variants: {tree: Tree, text: string}}
          Leaf: {variants: {number: int, text: string}}
          Pair: {variants: {left: '[Leaf]', right: '[[Leaf]]'}}
          Listed: {variants: {trees: '[Box]', flag: bool}}
        """

    @Test func theUnionsBelowTwoVariantsOfOneKindHoldingUnionsAreReadOncePerPlace() throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.nested)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.isEmpty)
        // Tree is below its own Node and Wrapper (objects, both holding Tree), Leaf below Pair's two lists. Outer, Pair
        // and Listed are below no such pair (Listed's variants read different kinds): no place is read twice there.
        #expect(model.unions.filter(\.isReadOncePerPlace).map(\.swiftName) == ["Tree", "Leaf"])
        let swift = try Snippet.swift(Self.nested)
        Snippet.expect(swift, contains: """
                public init(from decoder: any Swift.Decoder) throws {
                    self = try SMSSpecRuntime.UnionReads.once(Swift.ObjectIdentifier(Self.self), at: decoder, Self.init(readingVariants:))
                }

                /// The variants in the spec's order, tried once per place of a payload (`init(from:)`): the union is below two
                /// variants of one kind that hold unions, each of which would otherwise read it again.
                private init(readingVariants decoder: any Swift.Decoder) throws {
                    var container = try SMSSpecRuntime.UnionContainer(decoder)
            """)
    }

    /// Each level is a `Wrapper` (it has `count`), which is tried after `Node` has read the whole level below and
    /// then missed `tag`: read twice per level, 40 levels would be 2⁴⁰ reads. The program stops itself after a minute.
    @Test func aDeeplyNestedPayloadIsReadInTimeProportionalToItsDepth() throws {
        let depth = 40
        let valid = NestedUnions.wrappers(depth, around: "7")
        let refused = NestedUnions.wrappers(depth, around: "true")
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.nested, main: """
            import Foundation
            import SMSSpecRuntime
            DispatchQueue.global().asyncAfter(deadline: .now() + 60) { print("still reading after a minute"); exit(3) }
            var tree = try JSONDecoder().decode(Acme.Tree.self, from: Data(#"\(valid)"#.utf8))
            var levels = 0
            while case .wrapper(let wrapper) = tree { levels += 1; tree = wrapper.child }
            print(levels, tree)
            do { _ = try JSONDecoder().decode(Acme.Box.self, from: Data(#"{"tree": \(refused)}"#.utf8)) } catch { print(DecodingErrorDescription.describe(error)) }
            """)
        #expect(build.status == 0, "\(build.output)")
        let lines = run?.output.split(separator: "\n").map(String.init) ?? []
        #expect(run?.status == 0)
        #expect(lines.first == "\(depth) leaf(7)")
        // Node, the first variant reading an object, says why at each level: the innermost value is no variant's.
        #expect(lines.last == "at `tree" + String(repeating: ".child", count: depth) + "`: Expected `Node` or `Wrapper` or `Int`.")
    }

    /// A variant of an earlier one's type never reads a value, so a value made with it decodes as the other. A list
    /// shape is the list it aliases.
    @Test func aVariantOfAnEarlierOnesTypeIsALocatedError() {
        let never = "which reads every value first"
        #expect(Snippet.diagnostics("""
            shapes:
              Names: {items: string}
            unions:
              Twin: {variants: {a: '[Twin]', b: '[Twin]', n: int}}
              Alias: {variants: {list: '[string]', names: Names}}
              Fine: {variants: {list: '[string]', lists: '[[string]]', map: '{string}'}}
            """) == [
                "11:37: variant 'b' of union 'Twin' has the type of variant 'a' ([Twin]), \(never), so a 'b' value would decode as 'a'; "
                    + "remove one or give it another type",
                "12:47: variant 'names' of union 'Alias' has the type of variant 'list' ([String]), \(never), so a 'names' value would "
                    + "decode as 'list'; remove one or give it another type",
            ])
    }

    /// A spec type named like a standard one (an enum `Int`, a shape `String`) is another Swift type (`Acme.Int`): lint
    /// refused `{n: int, code: Int}` as two variants of type `Int`, though `code` reads the text `n` never does.
    @Test func aSpecTypeNamedLikeAStandardOneIsAnotherType() {
        #expect(Snippet.diagnostics("""
            shapes:
              String: {fields: {a: int}}
            enums:
              Int: {values: {x: X}}
            unions:
              Either: {variants: {n: int, text: string, code: Int, object: String, list: '[string]', objects: '[String]'}}
            """) == [])
    }

    /// A variant every value of which an earlier variant reads first: an open enum or a table reads any text, number
    /// or boolean as `unknown`, so `{kind: Kind, text: string}` read "zzz" as `.kind(unknown)`, never `.text`.
    @Test func aVariantAnEarlierOneReadsEveryValueOfIsALocatedError() {
        let first = "comes first and reads every value it would"
        #expect(Snippet.diagnostics("""
            enums:
              Kind: {values: {a: A.}}
            tables:
              Code: {title: Codes, source: doc, entries: [{code: 1, summary: One., outcome: success, category: none}]}
            unions:
              KindOrText: {variants: {kind: Kind, text: string, count: int}}
              CodeOrFlag: {variants: {code: Code, flag: bool, items: '[string]'}}
              Anything: {variants: {any: json, text: string}}
              TextFirst: {variants: {text: string, kind: Kind}}
              Fine: {variants: {text: string, number: int, kind: Kind}}
            """) == [
                "13:45: variant 'text' of union 'KindOrText' never reads a value: variant 'kind' (Kind, an open enum, which reads any "
                    + "text, number or boolean) \(first); put 'text' first, or remove one",
                "13:60: variant 'count' of union 'KindOrText' never reads a value: variant 'kind' (Kind, an open enum, which reads any "
                    + "text, number or boolean) \(first); put 'count' first, or remove one",
                "14:45: variant 'flag' of union 'CodeOrFlag' never reads a value: variant 'code' (Code, a status table, which reads "
                    + "any text, number or boolean) \(first); put 'flag' first, or remove one",
                "15:42: variant 'text' of union 'Anything' never reads a value: variant 'any' (JSONValue, which reads any value) "
                    + "\(first); put 'text' first, or remove one",
            ])
    }

    /// Variants lint let through though an earlier one reads every value they write, so a value made with them came
    /// back as the other: `{d: double, i: int}` turned `.i(5)` into `.d(5.0)`, `{i: int, l: int64}` `.l(5)` into
    /// `.i(5)`, `[json]` read every list, `[string]` every `[date]`, `{json}` every object, and a shape whose fields
    /// are all optional every shape without them (`P(y: "a")` came back as `O(x: nil)`).
    @Test func aVariantAnEarlierNumberListMapOrShapeReadsEveryValueOfIsALocatedError() {
        let first = "comes first and reads every value it would"
        #expect(Snippet.diagnostics("""
            shapes:
              O: {fields: {x: {type: string, required: false}, n: {type: int, default: 1}}}
              P: {fields: {y: string}}
              Q: {fields: {x: int}}
              Dates: {items: date}
            unions:
              Numbers: {variants: {d: double, i: int}}
              Integers: {variants: {i: int, l: int64, dec: decimal}}
              Lists: {variants: {any: '[json]', ints: '[int]'}}
              Texts: {variants: {texts: '[[string]]', dates: '[Dates]'}}
              Maps: {variants: {any: '{json}', o: O, texts: '{string}'}}
              Shapes: {variants: {o: O, p: P, q: Q}}
              Fine: {variants: {i: int, d: double, texts: '[string]', ints: '[int]', q: Q, o: O}}
            """) == [
                "14:38: variant 'i' of union 'Numbers' never reads a value: variant 'd' (Double, which reads any number) \(first); "
                    + "put 'i' first, or remove one",
                "15:36: variant 'l' of union 'Integers' never reads a value: variant 'i' (Int, which reads every value of Int64) "
                    + "\(first); put 'l' first, or remove one",
                "16:43: variant 'ints' of union 'Lists' never reads a value: variant 'any' ([JSONValue], which reads any list) "
                    + "\(first); put 'ints' first, or remove one",
                "17:50: variant 'dates' of union 'Texts' never reads a value: variant 'texts' ([[String]], which reads every value "
                    + "of [Dates]) \(first); put 'dates' first, or remove one",
                "18:39: variant 'o' of union 'Maps' never reads a value: variant 'any' ([String: JSONValue], which reads any object) "
                    + "\(first); put 'o' first, or remove one",
                "18:49: variant 'texts' of union 'Maps' never reads a value: variant 'any' ([String: JSONValue], which reads any "
                    + "object) \(first); put 'texts' first, or remove one",
                "19:32: variant 'p' of union 'Shapes' never reads a value: variant 'o' (O, which reads every value of P) \(first); "
                    + "put 'p' first, or remove one",
            ])
    }
}
