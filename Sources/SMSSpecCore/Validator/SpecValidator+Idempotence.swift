import SMSSpecVocabulary

extension SpecValidator {
    /// A GET (or another method taken as idempotent) whose request carries a message's text and its recipient sends an
    /// SMS, and a retrying client sends an idempotent request again after a server error, which may have come after the
    /// gateway sent it: a second SMS. Unless the spec says `idempotent:` either way, lint warns (a user: Netgsm's GET
    /// send was idempotent by default, and lint said nothing).
    func checkSendingIdempotence(_ operation: OperationSpec) {
        guard operation.idempotent == nil, IdempotentMethods.contains(operation.method.value),
            let request = operation.request, let shape = names.shapesByName[request.value],
            let text = shape.fields.first(where: { $0.role?.value == .text }),
            let recipient = shape.fields.first(where: { $0.role?.value == .recipient })
        else { return }
        diagnostics.warning(
            "operation '\(operation.id.value)' (\(operation.method.value.uppercased())) sends a message (its request's text "
                + "'\(text.wireName.value.abbreviated)' and recipient '\(recipient.wireName.value.abbreviated)'), but is taken as idempotent, as a "
                + "\(operation.method.value.uppercased()) is: a retrying client sends it again after a server error, which may come after the "
                + "gateway sent it (a second SMS); say `idempotent: false`, or `idempotent: true` where the gateway sends a request once",
            at: operation.method.location)
    }
}
