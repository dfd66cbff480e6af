import SMSSpecCore
import Testing

/// A callback named like a shape but with another payload declares a type of its own name: the error says so, where
/// "defined twice" alone left a reader looking for a second shape.
@Suite struct CallbackTypeNameTests {
    @Test func aCallbackNamedLikeAnotherShapeSaysWhyItIsAType() {
        let yaml = """
            shapes:
              DeliveryReport:
                fields:
                  requestId: string
              DeliveryReportForm:
                fields:
                  data: string
            callbacks:
              DeliveryReport:
                encoding: form
                shape: DeliveryReportForm

            """
        #expect(Snippet.diagnostics(yaml) == [
            "16:3: 'DeliveryReport' is defined twice (first at line 9): callback 'DeliveryReport' declares a type of that name, as "
                + "its payload is shape 'DeliveryReportForm' (a callback named like its payload shape declares none); rename the callback"
        ])
    }

    /// A callback named like a shape and giving no `shape` was told to rename itself (a user), then that it was
    /// "defined twice" beside the error saying it lacks a shape (another user): one error, with the one-line fix.
    @Test func aCallbackNamedLikeAShapeWithoutOneIsToldToNameIt() {
        let yaml = """
            shapes:
              DeliveryReport:
                fields:
                  requestId: string
            callbacks:
              DeliveryReport:
                summary: A report.

            """
        #expect(Snippet.diagnostics(yaml) == [
            "14:5: callback 'DeliveryReport' needs exactly one of 'shape' and 'discriminator', and gives neither; name its payload's "
                + "shape (`shape: DeliveryReport` if it is the shape of its name)"
        ])
    }

    /// A callback's receiver is its name in lowerCamelCase as any member's is: a user's `SMSEvent` was `sMSEvent`, and
    /// their first build failed on `Receivers.smsEvent`. Two callbacks whose receivers become one are a located error.
    @Test func aCallbacksReceiverIsItsNameInLowerCamelCase() throws {
        let yaml = """
            shapes:
              Event: {fields: {id: string}}
            callbacks:
              SMSEvent: {shape: Event}
              MOMessage: {shape: Event}

            """
        let receivers = try Snippet.swift(yaml, "receiver", options: GeneratorOptions(outputs: GeneratorOptions.Output.defaults.union([.receiver])))
        #expect(receivers.contains("public static let smsEvent = SMSSpecReceiver.CallbackReceiver<Acme.Event>("))
        #expect(receivers.contains("public static let moMessage = SMSSpecReceiver.CallbackReceiver<Acme.Event>("))
        let twins = """
            shapes:
              Event: {fields: {id: string}}
            callbacks:
              SMSEvent: {shape: Event}
              SmsEvent: {shape: Event}

            """
        #expect(Snippet.diagnostics(twins) == ["12:3: callback 'SmsEvent' and callback 'SMSEvent' (line 11) both become 'smsEvent' in Receivers; rename one"])
    }
}
