/// Renders a callback that carries several kinds of event on one URL as an enum chosen by its discriminator field
/// (`DiscriminatedEnumRenderer`).
/// A single-shape callback with its own name becomes a type alias of the shape.
struct CallbackRenderer {
    let context: RenderContext
    let callback: CallbackModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let spec = callback.spec
        let documentation = context.documentation(
            summary: spec.summary, source: spec.source, decisions: spec.decisions, extra: [callback.deliveryDocumentation] + context.signatureLines(callback),
            unsourcedIsInference: true)
        if spec.shape != nil {
            guard !callback.sharesItsShapesName else { return }  // documented on the shape (`ShapeRenderer`)
            printer.doc(documentation)
            printer.line("\(access)typealias \(Naming.escaped(callback.swiftName)) = \(context.member(callback.messageType))")
            return
        }
        guard let discriminated = callback.discriminated else { return }
        printer.doc(documentation)
        DiscriminatedEnumRenderer(context: context, discriminated: discriminated, noun: "event", callbackName: callback.swiftName)
            .render(declaring: "enum \(Naming.escaped(callback.swiftName))", into: &printer)
    }
}
