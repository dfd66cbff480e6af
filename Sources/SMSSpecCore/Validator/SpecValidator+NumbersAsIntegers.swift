extension SpecValidator {
    /// A phone number (a `recipient` or `sender`) typed as an integer and read from text — `lenient`, sent in a form,
    /// the query, a path or a header, joined by a separator, or in a plain-text answer — loses what an integer does not
    /// keep: `"0712345678"` reads 712345678 and `"+44…"` 44…, a number other than the one on the wire (a user's lenient
    /// SMS.ir `mobile`). A warning: a provider may well write such numbers without a leading zero or sign. `place`
    /// says where the field is read from text.
    func checkPhoneNumberReadAsInteger(_ field: FieldSpec, subject: String, readFrom place: String) {
        guard let role = field.role, role.value == .recipient || role.value == .sender else { return }
        let integers: [TypeExpression] = [.primitive(.int), .primitive(.int64)]
        let type = field.type.value
        guard integers.contains(type) || integers.contains(where: { type == .array($0) }) else { return }
        diagnostics.warning(
            "\(subject) has the role '\(role.value.rawValue)' and is an integer read from text (\(place)): a leading zero or '+' "
                + "is dropped ('0712345678' reads 712345678), so the number read is not the one sent; make it a 'string'",
            at: field.type.location)
    }
}
