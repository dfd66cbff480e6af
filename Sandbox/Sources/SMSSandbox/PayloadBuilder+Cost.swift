import Foundation
import SMSSpecCore
import SMSSpecRuntime

extension PayloadBuilder {
    /// A send's cost, where its example's is for as many messages as the example counts sent, is as many times that
    /// for the messages the answer counts sent, and a balance beside it (`credits`, `balance`) after the send is the
    /// example's less the difference (our rule): a user's SMSFactor campaign to two numbers said `"sent": 2` beside its
    /// example's `"cost": 1, "credits": 642`. Only for a success that is no report, where the example gives the cost,
    /// a count of messages sent (`sent`, else `total`, `count`) greater than 0 that was written anew, and a cost that
    /// is a whole multiple of it.
    func scaleCost(of shape: ShapeModel, example: [String: JSONValue], plan: PayloadPlan, in out: inout [String: JSONValue]) {
        guard !plan.isFailure, plan.reportedTables == nil, !plan.operation.isEmpty else { return }
        func number(_ value: JSONValue?) -> Decimal? { if case .number(let number)? = value { number.decimalValue } else { nil } }
        func write(_ value: Decimal) -> JSONValue? { try? JSONPayload.decode(JSONValue.self, from: Data(value.description.utf8)) }
        let numeric: [ResolvedType] = [.int, .int64, .double, .decimal]
        let counts = ["sent", "total", "count"].compactMap { name in
            shape.fields.first { [.int, .int64].contains($0.type) && Self.plain($0.spec.wireName.value) == name }
        }
        guard let count = counts.first(where: { field in
            let name = field.spec.wireName.value
            return (number(example[name]) ?? 0) > 0 && number(out[name]) != nil && out[name] != example[name]
        }) else { return }
        let given = number(example[count.spec.wireName.value])!, now = number(out[count.spec.wireName.value])!
        guard let cost = shape.fields.first(where: { numeric.contains($0.type) && ["cost", "price", "amount"].contains(Self.plain($0.spec.wireName.value)) }),
            let exampleCost = number(example[cost.spec.wireName.value]), out[cost.spec.wireName.value] == example[cost.spec.wireName.value]
        else { return }
        var perMessage = exampleCost / given
        var rounded = Decimal()
        NSDecimalRound(&rounded, &perMessage, 6, .plain)
        guard rounded * given == exampleCost else { return }
        let newCost = rounded * now
        out[cost.spec.wireName.value] = write(newCost)
        for balance in shape.fields where numeric.contains(balance.type) && ["credits", "balance", "remaining"].contains(Self.plain(balance.spec.wireName.value)) {
            let name = balance.spec.wireName.value
            guard let left = number(example[name]), out[name] == example[name] else { continue }
            out[name] = write(max(0, left - (newCost - exampleCost)))
        }
    }
}
