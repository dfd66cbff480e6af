import SMSSpecCore
import SMSSpecRuntime

/// Who a request sends to: a recipient-named field (`PayloadBuilder.recipientNames`) the request must carry, alone or
/// as one of a group it must give one of (SMSAPI's `exactlyOne: [to, group]`). A send cannot go without its recipient;
/// an optional one outside such a group is a look-up's filter (our inference).
extension SandboxProvider {
    /// The request's fields that address messages: those the operation's request declares, without a recipient-named
    /// field the request may leave out (at its top or in an item of its lists). Twilio's listMessages `?To=…` was
    /// taken for a message sent there and owed a delivery report.
    func addressedFields(of request: JSONValue, for operation: OperationModel) -> JSONValue {
        let declared = declaredFields(of: request, for: operation)
        return operation.requestType.flatMap(shape).map { withoutOptionalRecipients(declared, requestShape: $0) } ?? declared
    }

    /// The fields the operation's request declares, has no default for, and `request` left out, by plain name; with
    /// `ofEverySend`, those every send's request declares too: a report says what became of this send, and
    /// Clickatell's report of a send through its HTTP API, which takes no `clientMessageId`, quoted the example's.
    func unsentFieldNames(of request: JSONValue, for operation: OperationModel, ofEverySend: Bool = false) -> Set<String> {
        let operations = [operation] + (ofEverySend ? model.operations.filter(addressesRecipients) : [])
        let fields = operations.flatMap { $0.requestType.flatMap(shape)?.fields ?? [] }
        let sent = (request.members ?? [:]).filter { $0.value != .null }
        return Set(fields.filter { $0.defaultValue == nil && sent[$0.spec.wireName.value] == nil }.map { PayloadBuilder.plain($0.spec.wireName.value) })
    }

    private func withoutOptionalRecipients(_ value: JSONValue, requestShape: ShapeModel) -> JSONValue {
        guard var members = value.members else { return value }
        for field in requestShape.fields {
            let name = field.spec.wireName.value
            if recipientNames.contains(name.lowercased()) && !Self.mustAddress(field, in: requestShape) { members[name] = nil }
            if let itemShape = itemShape(of: field), let items = members[name]?.items {
                members[name] = .array(items.map { withoutOptionalRecipients($0, requestShape: itemShape) })
            }
        }
        return .object(members)
    }

    /// Whether the operation's request must name a recipient, at its top or in an item of its lists: a send.
    func addressesRecipients(_ operation: OperationModel) -> Bool {
        guard let request = operation.requestType.flatMap(shape) else { return false }
        return ([request] + request.fields.compactMap(itemShape(of:))).contains { shape in
            shape.fields.contains { recipientNames.contains($0.spec.wireName.value.lowercased()) && Self.mustAddress($0, in: shape) }
        }
    }

    /// Whether a request of `shape` names its recipients in `field` whenever it can: the field is required, or one of
    /// a group the request must give one of (`exactlyOne`, `atLeastOne`), as a send to numbers or to a group is.
    private static func mustAddress(_ field: FieldModel, in shape: ShapeModel) -> Bool {
        field.spec.required || shape.presence.contains { $0.fields.contains { $0.spec.wireName.value == field.spec.wireName.value } }
    }

    /// Why the provider's delivery reports are never sent, for the log at start; nil when a send may owe one. A
    /// report is per recipient: Twilio Conversations' createMessage posts to a conversation, whose participants the
    /// sandbox does not know, and its receipts were silently never sent.
    /// So are those of a provider whose callbacks carry no delivery status: SMS.ru's one callback, a form of raw event
    /// lines, and its accepted sends owed no report without a word.
    var unsentReportsNote: String? {
        guard let callback = DeliveryCallback(provider: self) else {
            let callbacks = model.callbacks.map(\.spec.name.value)
            guard !callbacks.isEmpty, model.operations.contains(where: addressesRecipients) else { return nil }
            return "\(id): no delivery reports are sent: no callback (\(callbacks.joined(separator: ", "))) holds a delivery-status table "
                + "(deliveryStatus: true) to say what became of a message"
        }
        guard !model.operations.contains(where: addressesRecipients) else { return nil }
        let recipients = recipientNames.sorted().joined(separator: ", ")
        return "\(id): no delivery reports (\(callback.callback.spec.name.value)) are sent: a report is per recipient, and no "
            + "operation's request must name one (a field \(recipients))"
    }

    /// The shape of the items of a list field of shapes.
    private func itemShape(of field: FieldModel) -> ShapeModel? {
        if case .array(.shape(let element)) = field.type { shape(element) } else { nil }
    }
}
