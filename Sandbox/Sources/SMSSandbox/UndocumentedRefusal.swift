import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension OperationResponder {
    /// What the log says of bad credentials answered 401 with no body because no answer or code of the spec says how
    /// the provider refuses them (no authentication code, no documented 401, `4XX` or `default` with a shape, no
    /// refusal under its success status).
    static let undocumentedRefusal = "the spec documents no answer to them: 401 with no body is the sandbox's own"
}
