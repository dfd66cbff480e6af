import SMSSpecTestSupport
import Testing

/// A discriminator field that is a table code is written back in the table's spelling (a `wire: number` enum's
/// value in plain digits): a value `02` (an int table's
/// 2) or an alias (`DLR` for `dlr`) named a shape whose payload then came back as `2` or `dlr`, another value's
/// shape or `unknown`, its fields lost. Lint says which spelling to write; a code the table does not list is kept as
/// it came and passes.
@Suite struct DiscriminatorTableCodeTests {
    static func spec(values: String) -> String {
        """
        shapes:
          Event:
            fields:
              kind: Kind
              type: {type: EventType, required: false}
          Other:
            fields:
              kind: Kind
        tables:
          Kind:
            title: Kinds
            source: doc
            entries:
              - {code: 1, summary: One., outcome: success, category: none}
              - {code: 2, summary: Two., outcome: success, category: none}
          EventType:
            title: Types
            source: doc
            codeType: string
            entries:
              - {code: dlr, aliases: [DLR], summary: A receipt., outcome: success, category: none}
        callbacks:
          Hook:
            discriminator:
              field: kind
              variants: {\(values)}

        """
    }

    @Test func aPaddedCodeSaysTheTablesSpelling() {
        #expect(Snippet.diagnostics(Self.spec(values: "'02': Event, '1': Other")) == [
            "33:18: value '02' of discriminator 'kind' of callback 'Hook' names shape 'Event', whose Kind field writes it back as 2, "
                + "which reads as another value: write the value as 2"
        ])
    }

    @Test func aNumberEnumsPaddedValueSaysItsDigits() {
        let yaml = Self.spec(values: "'01': Event, '2': Other").replacingOccurrences(of: "tables:\n", with: "enums:\n  Kind: {wire: number, values: {1: One, 2: Two}}\ntables:\n")
            .replacingOccurrences(of: "  Kind:\n    title: Kinds", with: "  Kinds:\n    title: Kinds")
        #expect(Snippet.diagnostics(yaml) == [
            "35:18: value '01' of discriminator 'kind' of callback 'Hook' names shape 'Event', whose Kind field writes it back as 1, "
                + "which reads as another value: write the value as 1"
        ])
    }

    @Test func theTablesOwnSpellingAndUndocumentedCodesPass() {
        #expect(Snippet.diagnostics(Self.spec(values: "'2': Event, '7': Other")) == [])
    }

    @Test func anAliasSaysTheCode() {
        let yaml = Self.spec(values: "DLR: Event, '1': Other").replacingOccurrences(of: "field: kind", with: "field: type")
            .replacingOccurrences(of: "type: {type: EventType, required: false}", with: "type: EventType")
        #expect(Snippet.diagnostics(yaml) == [
            "33:18: value 'DLR' of discriminator 'type' of callback 'Hook' names shape 'Event', whose EventType field writes it back "
                + "as dlr, which reads as another value: write the value as dlr"
        ])
    }

    /// The table's spelling being the value to write, a payload that spells the kind as one of its documented
    /// aliases (Brevo's webhook writes `soft_bounce` for the report's `softBounce`) chose no variant: it decoded as
    /// `unknown`, its table code unread, though the shape's own field reads it as that code.
    @Test func anAliasOnTheWireChoosesTheVariantOfItsCode() throws {
        let yaml = Self.spec(values: "dlr: Event, '1': Other").replacingOccurrences(of: "field: kind", with: "field: type")
            .replacingOccurrences(of: "type: {type: EventType, required: false}", with: "type: EventType")
        #expect(Snippet.diagnostics(yaml) == [])
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: #"""
            import Foundation
            for json in [#"{"type": "DLR", "kind": 2}"#, #"{"type": "dlr", "kind": 2}"#, #"{"type": "dlR", "kind": 2}"#] {
                switch try JSONDecoder().decode(Acme.Hook.self, from: Data(json.utf8)) {
                case .event(let event): print("event", event.type == .dlr)
                case .other: print("other")
                case .unknown(let type, _): print("unknown", type)
                }
            }
            """#)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            event true
            event true
            unknown dlR

            """)
    }

    /// A padded code is the code too: a report spelling its int table's 2 as `"02"` was `unknown`, its failure
    /// unread, though the variant's field reads it as 2.
    @Test func aPaddedCodeOnTheWireChoosesTheVariantOfItsCode() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.spec(values: "'2': Event, '1': Other"), main: #"""
            import Foundation
            for json in [#"{"kind": "02"}"#, #"{"kind": "001"}"#, #"{"kind": 2}"#, #"{"kind": "7"}"#] {
                switch try JSONDecoder().decode(Acme.Hook.self, from: Data(json.utf8)) {
                case .event(let event): print("event", event.kind == .n2)
                case .other(let other): print("other", other.kind == .n1)
                case .unknown(let kind, _): print("unknown", kind)
                }
            }
            """#)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            event true
            other true
            event true
            unknown 7

            """)
    }
}
