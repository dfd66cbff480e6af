import Foundation
import SMSSpecCore
import SMSSpecRuntime

extension PayloadBuilder {
    /// In a delivery report, which is of a message sent out: the value of the enumeration `model` saying so where the
    /// example's `example` says the message came in (our rule): a user's RingCentral report, written from its only
    /// example (an inbound event), said `direction: Inbound` of every message it sent. So in a look-up of a message a
    /// send was answered (a user's SimpleTexting `getMessage` said `directionType: MO`, "Mobile originating, sent by
    /// the contact", of a message sent through the API). Nil where the example says no direction or the enumeration
    /// has no value saying outbound.
    func outboundValue(_ model: EnumModel?, example: JSONValue?, plan: PayloadPlan) -> JSONValue? {
        guard plan.reportedTables != nil || plan.recipient != nil && plan.createdAt != nil && !plan.isFailure, let model, let text = example.flatMap(FormEncoder.text(of:)),
            Self.saysInbound(text), model.cases.contains(where: { $0.value == text })
        else { return nil }
        return model.cases.first { Self.saysOutbound($0.value) }.map { Self.value($0.value, of: model) }
    }

    static func saysInbound(_ text: String) -> Bool {
        let text = text.lowercased()
        return ["inbound", "incoming"].contains { text.contains($0) } || text == "mo" || text == "in"
    }

    static func saysOutbound(_ text: String) -> Bool {
        let text = text.lowercased()
        return ["outbound", "outgoing"].contains { text.contains($0) } || text == "mt" || text == "out"
    }
}
