import Testing

/// A discriminator is a top-level key: Telnyx-style `data.event_type` written as one would be read as the key
/// `data.event_type`, so every real event decoded as `unknown`; lint says so. A key that holds a dot and that the
/// variants carry (a form's `Event.Type`) is a key like any other.
@Suite struct DiscriminatorPathTests {
    static func spec(field: String, carried: String) -> String {
        """
        shapes:
          Received:
            fields:
              \(carried): \(carried == "data" ? "Inner" : "string")
          Inner:
            fields:
              event_type: string
        callbacks:
          Hook:
            discriminator:
              field: \(field)
              variants: {message.received: Received}

        """
    }

    @Test func aPathIsNamed() {
        #expect(Snippet.diagnostics(Self.spec(field: "data.event_type", carried: "data")) == [
            "18:14: discriminator field 'data.event_type' of callback 'Hook' is read as one key at the top of the payload, which no "
                + "variant carries, while they carry 'data': a discriminator is a top-level field, not a path; a payload that tells "
                + "its kind deeper in is one shape (its field an enum) rather than a discriminator"
        ])
    }

    @Test func aCarriedKeyWithADotIsAKey() {
        #expect(Snippet.diagnostics(Self.spec(field: "Event.Type", carried: "Event.Type")) == [])
    }

    /// A key written otherwise than every variant carries it (a user's Azure Event Grid `Event` beside `event`): every
    /// real callback was refused, and lint passed it where the spec gave no example.
    @Test func aKeyNoVariantCarriesBesideANearOneIsNamed() {
        #expect(Snippet.diagnostics(Self.spec(field: "Event", carried: "event")) == [
            "18:14: discriminator field 'Event' of callback 'Hook' is a key no variant carries, while they carry 'event': a payload's keys "
                + "are matched exactly, case included, so a callback would be read as none of its variants; write the key as the payload does"
        ])
        #expect(Snippet.diagnostics(Self.spec(field: "eventType", carried: "eventtype")).count == 1)
        // Where only some variants carry a near key (the first variant none), a warning: lint passes the spec.
        let some = Self.spec(field: "Event", carried: "id").replacingOccurrences(
            of: "  Inner:\n", with: "  Other:\n    fields:\n      event: string\n  Inner:\n")
            .replacingOccurrences(of: "variants: {message.received: Received}", with: "variants: {message.received: Received, other: Other}")
        #expect(Snippet.diagnostics(some) == [])
        #expect(lintDiagnostics(Snippet.header + some).contains { $0.contains("warning: discriminator field 'Event' of callback 'Hook' is a key no variant carries, while some carry 'event'") })
        // A key no variant declares, with none near, is read from the payload all the same.
        #expect(Snippet.diagnostics(Self.spec(field: "kind", carried: "event")) == [])
    }
}
