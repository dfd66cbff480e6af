import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A key of a definition written one level too far left, at the indentation of the definitions' names, is one
/// mistake: it is reported once, at the key, with the indentation that fixes it, and read where it belongs, so the
/// rest of the spec is checked as meant instead of failing for want of it.
@Suite struct MisplacedKeyTests {
    static let bind = try! String(contentsOf: PackageRoot.url.appending(path: "specs/bind.yaml"), encoding: .utf8)

    /// Bind's spec with its first line `line`, and the block below it, moved `spaces` to the left.
    func bindOutdenting(_ line: String, by spaces: Int) -> String {
        var lines = Self.bind.components(separatedBy: "\n")
        let start = lines.firstIndex(of: line)!
        let indent = line.prefix { $0 == " " }.count
        var end = start + 1
        while end < lines.count, lines[end].prefix(while: { $0 == " " }).count > indent || lines[end].isEmpty { end += 1 }
        for index in start..<end where !lines[index].isEmpty { lines[index].removeFirst(spaces) }
        return lines.joined(separator: "\n")
    }

    /// `fields:` at the shape names' indentation made eight errors: the shape had no fields, the path parameter `{id}`
    /// no field, each field was an unknown key of a shape named 'fields'.
    @Test func aShapesFieldsWrittenAsAShapeAreOneError() throws {
        let spec = bindOutdenting("    fields:", by: 2)
        #expect(diagnose(spec, path: "bind.yaml") == [
            "bind.yaml:136:3: error: 'fields' is indented as a shape's name, so it reads as a shape of its own; indent it 2 more "
                + "spaces, as 'summary' of 'SendTemplateRequest' is (it is read as a key of shape 'SendTemplateRequest' here)"
        ])
    }

    /// A shape left empty (`Cost:`) with its `fields:` at its own indentation was four errors: an empty shape, a shape
    /// named 'fields' without fields, and each field an unknown key of it. It is the same one mistake.
    @Test func aKeyAfterADefinitionLeftEmptyIsOneError() throws {
        let yaml = """
            provider: {id: acme, name: Acme}
            shapes:
              Cost:
              fields:
                value: decimal
                currency: string

            """
        #expect(diagnose(yaml, path: "acme.yaml") == [
            "acme.yaml:4:3: error: 'fields' is indented as a shape's name, so it reads as a shape of its own; indent it 2 more "
                + "spaces, under 'Cost' (it is read as a key of shape 'Cost' here)"
        ])
    }

    /// A field's constraints at the field names' indentation were a field named 'constraints' without a type: the
    /// pattern they hold is now checked as the field's.
    @Test func aFieldsConstraintsWrittenAsAFieldAreReadAsItsOwn() throws {
        let yaml = """
            provider: {id: acme, name: Acme}
            shapes:
              Send:
                fields:
                  to:
                    type: string
                  constraints:
                    pattern: '(unclosed'
                  text: {type: string}
            """
        let errors = diagnose(yaml)
        #expect(errors.first == "specs/acme.yaml:7:7: error: 'constraints' is indented as a field's name, so it reads as a field of its own; "
            + "indent it 2 more spaces, as 'type' of 'to' is (it is read as a key of field 'to' here)")
        // Read as the field's: its pattern is checked (and refused) as `to`'s.
        #expect(errors.dropFirst().contains { $0.hasPrefix("specs/acme.yaml:8:18: error: invalid regular expression") && $0.contains("field 'to'") })
        #expect(errors.count == 2)
    }

    /// An operation's key at the operation names' indentation, and one after a definition written in `{…}`.
    @Test func eachKindOfDefinitionIsRecovered() {
        let yaml = """
            provider: {id: acme, name: Acme, baseURLs: ['https://acme.example']}
            operations:
              send:
                method: POST
                path: /send
                request: Send
              responses:
                200: {summary: Sent.}
            shapes:
              Send: {summary: A send.}
              fields:
                to: {type: string}
              Other: {
                summary: Written in braces over two lines.}
              items: string
            """
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:7:3: error: 'responses' is indented as an operation's name, so it reads as an operation of its own; "
                + "indent it 2 more spaces, as 'method' of 'send' is (it is read as a key of operation 'send' here)",
            "specs/acme.yaml:11:3: error: 'fields' is indented as a shape's name, so it reads as a shape of its own; "
                + "move it into 'Send' (it is read as a key of shape 'Send' here)",
            "specs/acme.yaml:15:3: error: 'items' is indented as a shape's name, so it reads as a shape of its own; "
                + "move it into 'Other' (it is read as a key of shape 'Other' here)",
        ])
    }

    /// Definitions named as keys are definitions: a field named `type` or `summary` with a type of its own, one written
    /// as its type alone (`name: string`, which the review of this check found refused), a shape named `items` with
    /// fields, a key the definition before already has.
    @Test func aDefinitionNamedAsAKeyStaysADefinition() {
        let yaml = """
            provider: {id: acme, name: Acme, baseURLs: ['https://acme.example']}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: items}}}
            shapes:
              Send:
                fields:
                  to: {type: string}
                  type: {type: string}
                  summary: {type: string, required: false}
                  name: string
                  format: string
                  secret: '[string]'
              items:
                fields:
                  fields: {type: string}
            """
        #expect(diagnose(yaml) == [])
    }

    /// A field's `decisions` list at the field names' indentation was "field 'decisions' must be a type or a mapping,
    /// found a list" and an error at every mention of the decision it holds (a user): a list is no field, so it is one
    /// error, read as the field's own.
    @Test func aFieldsDecisionsWrittenAsAFieldAreReadAsItsOwn() throws {
        let yaml = """
            provider: {id: acme, name: Acme}
            shapes:
              Send:
                fields:
                  to: string
                  dateToSend: {type: string, required: false, summary: When to send (Z3).}
                  decisions:
                    - {id: Z3, issue: The document names no time zone., decision: UTC.}
            """
        #expect(diagnose(yaml) == [
            "specs/acme.yaml:7:7: error: 'decisions' is indented as a field's name, so it reads as a field of its own; move it into "
                + "'dateToSend' (it is read as a key of field 'dateToSend' here)"
        ])
    }
}
