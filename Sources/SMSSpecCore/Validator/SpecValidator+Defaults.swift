extension SpecValidator {
    /// A credential has no default: its value would be printed in the generated code. (A decimal default's digits
    /// are checked where it is read, in `ModelBuilder`.)
    func checkDefaults(of shape: ShapeSpec) {
        for field in shape.fields where field.secret {
            guard let value = field.defaultValue else { continue }
            diagnostics.error(
                "field '\(field.wireName.value)' of shape '\(shape.name.value)' is a credential ('secret'), so it has no default: "
                    + "its value would be written in the generated code",
                at: value.location)
        }
    }
}
