import SMSSpecVocabulary

extension SpecValidator {
    /// A GET (or another method taken as idempotent) whose request carries a message's text and its recipient (by
    /// their `role:`, or by their names where they declare none) sends an SMS, and a retrying client sends an idempotent
    /// request again after a server error, which may have come after the gateway sent it: a second SMS. Unless the spec
    /// says `idempotent:` either way, lint warns (a user: Netgsm's GET send was idempotent by default, and lint said
    /// nothing; a review: by roles alone it warned of no spec we hold).
    func checkSendingIdempotence(_ operation: OperationSpec) {
        guard operation.idempotent == nil, IdempotentMethods.contains(operation.method.value),
            let request = operation.request, let shape = names.shapesByName[request.value],
            let text = shape.fields.first(where: { $0.plays(.text) }),
            let recipient = shape.fields.first(where: { $0.plays(.recipient) })
        else { return }
        let method = operation.method.value.uppercased()
        diagnostics.warning(
            "operation '\(operation.id.value)' (\(method)) carries a message's text '\(text.wireName.value.abbreviated)' and recipient "
                + "'\(recipient.wireName.value.abbreviated)', as a send does, and is taken as idempotent, as a \(method) is: if it sends an SMS, a "
                + "retrying client sends it again after a server error, which may come after the gateway sent it (a second SMS), so say "
                + "`idempotent: false`; if it sends none (a price, a simulation), say `idempotent: true`",
            at: operation.method.location)
    }
}
