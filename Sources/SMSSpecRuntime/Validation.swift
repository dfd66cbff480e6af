import Foundation

/// One thing wrong with a request, found before it is sent.
public struct ValidationViolation: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Where in the request: `datapacket[3].number`.
    public let path: String
    /// The rule that failed: `maxLength`, `pattern`, `required`, …
    public let rule: String
    public let message: String
    /// The provider code the provider would answer with, where its documents say so.
    public let providerCode: StatusEntry?

    public init(path: String, rule: String, message: String, providerCode: StatusEntry? = nil) {
        self.path = path
        self.rule = rule
        self.message = message
        self.providerCode = providerCode
    }

    public var description: String {
        let code = providerCode.map { " (\($0.provider) would answer \($0.code) \($0.name))" } ?? ""
        return "\(path): \(message)\(code)"
    }
}

/// A generated request or request part that can check itself against its spec's constraints.
public protocol ValidatableMessage {
    /// Every violation, not just the first; `path` prefixes each violation's path.
    func validate(at path: String) -> [ValidationViolation]
}

extension ValidatableMessage {
    /// Every violation of the spec's constraints; empty when the request is valid.
    public func validate() -> [ValidationViolation] { validate(at: "") }
}

/// The checks generated validators are made of. Each appends what fails to `violations`.
@_spi(Generated) public enum Validation {
    public static func length(
        _ value: String, min: Int?, max: Int?, path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]
    ) {
        let count = value.unicodeScalars.count
        if let min, count < min {
            violations.append(.init(path: path, rule: "minLength", message: "is \(count) characters long; the minimum is \(min)", providerCode: code))
        }
        if let max, count > max {
            violations.append(.init(path: path, rule: "maxLength", message: "is \(count) characters long; the maximum is \(max)", providerCode: code))
        }
    }

    public static func pattern(
        _ value: String, _ pattern: String, path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]
    ) {
        guard !Patterns.matches(value, pattern) else { return }
        violations.append(.init(path: path, rule: "pattern", message: "\(DisplayText.quoted(value)) does not match \(pattern)", providerCode: code))
    }

    public static func range<Number: BinaryInteger>(
        _ value: Number, min: Int?, max: Int?, path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]
    ) {
        if let min, value < min {
            violations.append(.init(path: path, rule: "minimum", message: "is \(value); the minimum is \(min)", providerCode: code))
        }
        if let max, value > max {
            violations.append(.init(path: path, rule: "maximum", message: "is \(value); the maximum is \(max)", providerCode: code))
        }
    }

    public static func count<Items: Collection>(
        _ items: Items, min: Int?, max: Int?, path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]
    ) {
        if let min, items.count < min {
            violations.append(.init(path: path, rule: "minItems", message: "has \(items.count) items; the minimum is \(min)", providerCode: code))
        }
        if let max, items.count > max {
            violations.append(.init(path: path, rule: "maxItems", message: "has \(items.count) items; the maximum is \(max)", providerCode: code))
        }
    }

    /// A date written in none of its declared formats. Empty text means "no date" and passes.
    public static func timestamp(
        _ value: Timestamp, formats: [String], timeZone: String? = nil, path: String, code: StatusEntry? = nil,
        into violations: inout [ValidationViolation]
    ) {
        guard !value.text.isEmpty, Timestamp(text: value.text, formats: formats, timeZone: timeZone).date == nil else { return }
        let expected = formats.map { "\"\($0)\"" }.joined(separator: " or ")
        violations.append(.init(path: path, rule: "format", message: "\(DisplayText.quoted(value.text)) is not a date in the format \(expected)", providerCode: code))
    }

    /// Validates each element of a list of request parts, with its index in the path.
    public static func elements<Element: ValidatableMessage>(
        _ items: [Element], path: String, into violations: inout [ValidationViolation]
    ) {
        for (index, item) in items.enumerated() { violations += item.validate(at: "\(path)[\(index)]") }
    }
}

extension Validation {
    /// A number that is not a mobile number of the country in one of the accepted forms.
    public static func phone(
        _ value: String, rules: PhoneNumberRules, forms: [PhoneForm], path: String, code: StatusEntry? = nil,
        into violations: inout [ValidationViolation]
    ) {
        if let form = PhoneNumbers.form(of: value, rules: rules), forms.contains(form) { return }
        let accepted = forms.map { $0.describe(rules) }.joined(separator: ", ")
        violations.append(.init(
            path: path, rule: "phone",
            message: "\(DisplayText.quoted(value)) is not a mobile number of \(rules.country) written as \(accepted)", providerCode: code))
    }

    /// Text that does not fit in `max` segments, after each `placeholder` is replaced by `substituteLength` characters.
    ///
    /// The length comes from the request itself, so it is bounded: a negative length fills in nothing (the length
    /// field's own minimum reports it), and a length that alone exceeds what `max` segments can hold is a violation
    /// without the text ever being built.
    public static func segments(
        _ value: String, max: Int, capacities: SegmentCapacities, placeholder: String? = nil, substituteLength: Int = 0,
        path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]
    ) {
        let fill = Swift.max(substituteLength, 0)
        let placeholder = placeholder.flatMap { !$0.isEmpty && value.contains($0) ? $0 : nil }
        let filled = placeholder.map { " with \($0) filled in (\(substituteLength) characters)" } ?? ""
        func report(_ count: String, _ analysis: SegmentAnalysis?) {
            let units = analysis.map { " (\($0.units) \($0.unitName), \($0.encoding.rawValue))" } ?? ""
            violations.append(.init(
                path: path, rule: "maxSegments", message: "takes \(count) SMS\(filled)\(units); the maximum is \(max)",
                providerCode: code))
        }
        var text = value
        if let placeholder {
            // Each filled-in character costs one unit in either encoding: past this many, `max` segments cannot hold them.
            let occurrences = value.components(separatedBy: placeholder).count - 1
            let (added, overflow) = fill.multipliedReportingOverflow(by: occurrences)
            guard !overflow, added <= capacities.largestUnits(inSegments: max) else { return report("more than \(max)", nil) }
            text = value.replacingOccurrences(of: placeholder, with: String(repeating: "0", count: fill))
        }
        let analysis = SegmentCalculator.analyze(text, capacities: capacities)
        if analysis.segments > max { report("\(analysis.segments)", analysis) }
    }

    /// Not an absolute http or https URL with a host.
    public static func url(_ value: String, path: String, code: StatusEntry? = nil, into violations: inout [ValidationViolation]) {
        if let url = URL(string: value), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), !(url.host ?? "").isEmpty,
            !value.contains(" ")
        {
            return
        }
        violations.append(.init(path: path, rule: "url", message: "\(DisplayText.quoted(value)) is not an http(s) URL", providerCode: code))
    }
}
