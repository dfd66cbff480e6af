import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension PayloadBuilder {
    /// The numbers a send's answer lists in a list of texts its example fills with phone numbers: the numbers sent to,
    /// but in a list named for refused numbers (`invalidPhone`, `bad_numbers`, `failed`: `namesRefusals`) the
    /// recipients of the request's list refused alone (`itemCodes`), none where none was (our inference, as a list of
    /// results so named is empty where nothing failed). A user's SpeedSMS send answered `"invalidPhone":
    /// ["0912345678"]`, the number it accepted and reported delivered.
    func numbersListed(in name: String, plan: PayloadPlan) -> [String] {
        let numbers = recipients(in: plan.scope)
        guard Self.namesRefusals(name) else { return numbers }
        guard isFailedItem(list: nil, itemList: plan.itemList) else { return [] }
        return numbers.enumerated().filter { plan.itemCodes[$0.offset] != nil }.map(\.element)
    }
}
