import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension OperationResponder {
    /// Whether the success answer gives one result per message of the request's list `list`, in its order, so that a
    /// message of it refused alone (code `table`'s) is answered in its own result and the others are sent (our rule):
    /// the request's `list` is a list of objects naming one recipient each, of two or more (or one, where the code
    /// decides no answer of the operation), and the answer's object holds
    /// under another name one list whose results declare a message id (`role: messageID`) and hold the code, which
    /// nothing else of the answer holds — the results the sandbox already gives one per message of such a request
    /// (docs/sandbox.md, "A bulk of messages is answered one result per message"). A user's Devino send of three
    /// messages, the second's `to` malformed, was answered one `REJECTED` result, and the valid messages no id.
    func resultsLineUp(with list: String, table: String, request: JSONValue) -> Bool {
        // One message too where the code decides no answer of the operation (`tables: []` on the success: a refusal of
        // the whole request would have no answer to carry it): a user's Devino spec answered one malformed message 400
        // with no body, a status its documents never give, where its result says REJECTED.
        let count = request[member: list]?.items?.count ?? 0
        guard count > 1 || count == 1 && !operation.spec.responses.contains(where: { decidingTables(of: $0).contains { $0.id == table } }),
            let requestShape = operation.requestType.flatMap(provider.shape),
            let listed = requestShape.fields.first(where: { $0.spec.wireName.value == list }),
            case .array(.shape(let item)) = listed.type, let itemShape = provider.shape(item.swiftName),
            itemShape.fields.contains(where: provider.isRecipient),
            let shape = provider.successAnswer(of: operation)?.shape.flatMap({ provider.shape($0.value) }), shape.listElement == nil
        else { return false }
        let results = shape.fields.filter { field in
            guard case .array(.shape(let element)) = field.type, let held = provider.shape(element.swiftName) else { return false }
            return held.fields.contains { $0.spec.role?.value == .messageID } && builder.reaches(shapeNamed: held.swiftName, table: table)
        }
        guard results.count == 1, let result = results.first, result.spec.wireName.value != list else { return false }
        // One recipient per message, each its own: the n-th message's report quotes the n-th result's id (a message to
        // several numbers, or to none, would shift them).
        let (addressed, addressees) = builder.addressees(in: request)
        guard addressed == list, addressees.map(\.index) == Array(0..<(request[member: list]?.items?.count ?? 0)) else { return false }
        return !shape.fields.contains { $0.spec.wireName.value != result.spec.wireName.value && builder.reaches($0.type, table: table) }
    }
}

extension PayloadBuilder {
    /// The results of a send's list `name` where they line up with the request's messages (`plan.itemList`, some of
    /// them refused alone: `OperationResponder.resultsLineUp`): one per message, in its order, a refused one in the
    /// example's result reporting its code (else a failure of its table) with its reason, the others in the example's
    /// result reporting no failure, each in its message's scope. nil where the plan is no such answer.
    func resultsPerRequestItem(_ name: String, element: ShapeModel, examples: [JSONValue], plan: PayloadPlan) -> [JSONValue]? {
        guard plan.recipient == nil, !plan.isFailure, !plan.itemCodes.isEmpty, let list = plan.itemList, list != name,
            let items = plan.scope[member: list]?.items, !items.isEmpty, items.allSatisfy({ $0.members != nil }),
            element.fields.contains(where: { $0.spec.role?.value == .messageID }),
            plan.itemCodes.values.allSatisfy({ reaches(shapeNamed: element.swiftName, table: $0.table) })
        else { return nil }
        let success = examples.first { codes(in: $0, shape: element).allSatisfy { $0.outcome != .failure } } ?? examples.first
            ?? template(for: element, code: nil)
        return items.prefix(SandboxProvider.namedItems).enumerated().map { index, item in
            var itemPlan = plan
            itemPlan.scope = Self.withScalars(of: plan.scope, in: item)
            itemPlan.placed = nil
            itemPlan.itemCodes = [:]
            itemPlan.itemReasons = [:]
            itemPlan.recipient = recipients(in: item).first
            guard let code = plan.itemCodes[index] else { return build(element, template: success, plan: itemPlan) }
            itemPlan.codes[code.table] = code
            itemPlan.isFailure = true
            itemPlan.reason = plan.itemReasons[index]?.reason
            itemPlan.refusedField = plan.itemReasons[index]?.field
            let refusal = examples.first { codes(in: $0, shape: element).contains { $0.table == code.table && $0.code == code.code } }
                ?? examples.first { codes(in: $0, shape: element).contains { $0.table == code.table && $0.outcome == .failure } }
            return build(element, template: refusal ?? template(for: element, code: code), plan: itemPlan)
        }
    }
}
