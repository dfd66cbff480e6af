import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension PayloadBuilder {
    /// A send's cost, where its example's is for as many messages as the example counts sent, is as many times that
    /// for the messages the answer counts sent, and a balance beside it (`credits`, `balance`) after the send is the
    /// example's less the difference (our rule): a user's SMSFactor campaign to two numbers said `"sent": 2` beside its
    /// example's `"cost": 1, "credits": 642`. Only for a success that is no report, where the example gives the cost,
    /// a count of messages sent (`sent`, else `total`, `count`, `quantity`, else a count whose name says what it counts:
    /// `total_sent`, `Messages`, `recipients`) greater than 0 that was written anew, and a cost that is a whole
    /// multiple of it. A cost is named `cost`, `price` or `amount`, or as credit used (`credit_used`,
    /// `total_use_credit`); a balance `credits`, `balance` or `remaining`, or as what is left (`credit_left`,
    /// `RemainingBalance`, `remaining_credit`): a user's SMSPortal `"Messages": 3` was beside `"Cost": 1` and its
    /// example's `RemainingBalance`, and mNotify's `"total_sent": 3` beside `"credit_used": 2`. A total cost beside a
    /// list whose elements each give theirs (ThaiBulkSMS's `total_use_credit` beside `phone_number_list[].used_credit`)
    /// is their sum: one number's `used_credit: 1` was beside the example's `total_use_credit: 2`.
    func scaleCost(of shape: ShapeModel, example: [String: JSONValue], plan: PayloadPlan, in out: inout [String: JSONValue]) {
        guard !plan.isFailure, plan.reportedTables == nil, !plan.operation.isEmpty else { return }
        let number = Self.number
        func write(_ value: Decimal, like example: JSONValue?) -> JSONValue? {
            if case .string? = example { return .string(value.description) }
            return try? JSONPayload.decode(JSONValue.self, from: Data(value.description.utf8))
        }
        let numeric = Self.numeric
        let costs = shape.fields.filter { numeric.contains($0.type) && Self.namesCost($0.spec.wireName.value) }
        // A bare `credits` beside another balance is the charge, not what is left (`leftFirst`).
        let allBalances = shape.fields.filter { numeric.contains($0.type) && Self.namesBalance($0.spec.wireName.value) }
        let leftNamed = allBalances.filter { Self.plain($0.spec.wireName.value) != "credits" }
        let balances = leftNamed.isEmpty ? allBalances : leftNamed
        // The balance the provider's sends left in this session (`OperationResponder.agreeingWithSession`): a send
        // spends from it, so two sends of 3 say 1498 and then 1495 left, not 1498 twice (a review).
        let stored = answersASend(plan) ? number(sent?.balance(provider: provider.id)) : nil
        var spent = false
        func spend(_ cost: FieldModel, _ newCost: Decimal, was exampleCost: Decimal) {
            spent = true
            out[cost.spec.wireName.value] = write(newCost, like: example[cost.spec.wireName.value])
            for balance in balances {
                let name = balance.spec.wireName.value
                guard let left = number(example[name]), out[name] == example[name] else { continue }
                out[name] = write(max(0, stored.map { $0 - newCost } ?? left - (newCost - exampleCost)), like: example[name])
            }
        }
        // A send of the example's count spends its cost from the stored balance too.
        defer {
            if !spent, stored != nil, let cost = costs.first, let paid = number(out[cost.spec.wireName.value]), let exampleCost = number(example[cost.spec.wireName.value]) {
                spend(cost, paid, was: exampleCost)
            }
        }
        let exact = ["sent", "total", "count", "quantity"].compactMap { name in
            shape.fields.first { [.int, .int64].contains($0.type) && Self.plain($0.spec.wireName.value) == name }
        }
        let named = shape.fields.filter { field in
            [.int, .int64].contains(field.type) && !exact.contains { $0.spec.wireName.value == field.spec.wireName.value }
                && (!Set(SandboxProvider.words(field.spec.wireName.value)).isDisjoint(with: ["sent", "messages", "recipients", "quantity", "contacts"])
                    || Self.countsSMS(field.spec.wireName.value))
        }
        if let count = (exact + named).first(where: { field in
            let name = field.spec.wireName.value
            return (number(example[name]) ?? 0) > 0 && number(out[name]) != nil && out[name] != example[name]
        }) {
            let given = number(example[count.spec.wireName.value])!, now = number(out[count.spec.wireName.value])!
            guard let cost = costs.first, let exampleCost = number(example[cost.spec.wireName.value]),
                out[cost.spec.wireName.value] == example[cost.spec.wireName.value]
            else { return }
            var perMessage = exampleCost / given
            var rounded = Decimal()
            NSDecimalRound(&rounded, &perMessage, 6, .plain)
            guard rounded * given == exampleCost else { return }
            spend(cost, rounded * now, was: exampleCost)
            return
        }
        // A total beside a list whose elements each give their cost.
        guard let total = costs.first(where: { SandboxProvider.words($0.spec.wireName.value).contains("total") }),
            let exampleCost = number(example[total.spec.wireName.value]), out[total.spec.wireName.value] == example[total.spec.wireName.value]
        else { return }
        for field in shape.fields {
            guard case .array(.shape(let reference)) = field.type, let element = provider.shape(reference.swiftName),
                let each = element.fields.first(where: { numeric.contains($0.type) && Self.namesCost($0.spec.wireName.value) }),
                let items = out[field.spec.wireName.value]?.items, !items.isEmpty
            else { continue }
            let parts = items.map { number($0[member: each.spec.wireName.value]) }
            guard parts.allSatisfy({ $0 != nil }) else { continue }
            let sum = parts.compactMap { $0 }.reduce(0, +)
            if sum != exampleCost { spend(total, sum, was: exampleCost) }
            return
        }
    }

    /// Whether the payload answers an operation that sends a message.
    func answersASend(_ plan: PayloadPlan) -> Bool {
        provider.model.operations.first { $0.spec.id.value == plan.operation }.map(provider.sends) == true
    }

    /// Whether a name counts SMS (`number_of_sms`, `smsCount`): a cost beside it is for that many.
    static func countsSMS(_ name: String) -> Bool {
        let words = SandboxProvider.words(name)
        return words.contains("sms") && !Set(words).isDisjoint(with: ["number", "num", "count", "nb"])
    }

    /// The numeric field types a cost, a count or a balance is of.
    static var numeric: [ResolvedType] { [.int, .int64, .double, .decimal] }

    /// A number, or a text holding one (a lenient `"1483"`).
    static func number(_ value: JSONValue?) -> Decimal? {
        switch value {
        case .number(let number)?: number.decimalValue
        // As a lenient decimal reads text: `Decimal(string:)` read `12abc` as 12.
        case .string(let text)?: Decimal(wireText: text)
        default: nil
        }
    }

    /// `balances` with one named as what is left first: a bare `credits` beside another balance is the charge (a
    /// review: Voodoo's `credits`, the example's 1, before its `balance` 2365).
    static func leftFirst<T>(_ balances: [T], name: (T) -> String) -> [T] {
        balances.filter { plain(name($0)) != "credits" } + balances.filter { plain(name($0)) == "credits" }
    }

    /// Whether a field's name says a cost: `cost`, `price` or `amount`, or credit used (`credit_used`, `used_credit`,
    /// `total_use_credit`), and nothing left (our inference).
    static func namesCost(_ name: String) -> Bool {
        let words = Set(SandboxProvider.words(name))
        guard words.isDisjoint(with: ["left", "remaining", "balance", "residual"]) else { return false }
        return !words.isDisjoint(with: ["cost", "price", "amount"])
            || !words.isDisjoint(with: ["credit", "credits"]) && !words.isDisjoint(with: ["used", "use", "spent", "charged"])
    }

    /// Whether a field's name says a balance: `credits`, `balance`, `remaining`, or what is left (`credit_left`,
    /// `RemainingBalance`, `remaining_credit`), and no cost (our inference).
    static func namesBalance(_ name: String) -> Bool {
        let words = Set(SandboxProvider.words(name))
        return ["credits", "balance", "remaining"].contains(plain(name))
            || !words.isDisjoint(with: ["left", "remaining", "balance", "residual"]) && words.isDisjoint(with: ["cost", "price", "amount", "used", "use"])
    }
}
