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
}
