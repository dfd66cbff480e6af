extension SpecValidator {
    /// Credentials never print: every `auth: fields` field exists and is a `secret` (plain text would print wherever
    /// its request does), and no secret has a default (its value would be written in the generated code).
    func checkCredentials() {
        let credentials = spec.authentication?.kind == .fields ? spec.authentication?.fields ?? [] : []
        let fieldNames = Set(spec.shapes.flatMap { $0.fields.map(\.wireName.value) })
        for field in credentials where !fieldNames.contains(field.value) {
            diagnostics.error(
                "auth field '\(field.value)' is not a field of any shape (auth fields are named as they are sent)"
                    + hint(for: field.value, in: fieldNames.sorted()),
                at: field.location)
        }
        let credentialNames = Set(credentials.map(\.value))
        for shape in spec.shapes {
            for field in shape.fields {
                let subject = "field '\(field.wireName.value)' of shape '\(shape.name.value)'"
                if credentialNames.contains(field.wireName.value) && !field.secret {
                    diagnostics.error(
                        "\(subject) carries a credential (auth fields): mark it `secret: true` so its value never prints",
                        at: field.wireName.location)
                }
                if field.secret, let value = field.defaultValue {
                    diagnostics.error(
                        "\(subject) is a credential ('secret'), so it has no default: its value would be written in the generated code",
                        at: value.location)
                }
            }
        }
    }
}
