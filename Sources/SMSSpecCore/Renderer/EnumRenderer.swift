/// Renders a simple spec enum as an open enum: listed values are cases, anything else `unknown(raw)`.
struct EnumRenderer {
    let context: RenderContext
    let enumeration: EnumModel

    func render(into printer: inout CodePrinter) {
        let access = context.access
        printer.doc(context.documentation(summary: enumeration.spec.summary, source: enumeration.spec.source, decisions: enumeration.spec.decisions))
        printer.block("\(access)enum \(Naming.escaped(enumeration.swiftName)): SMSSpecRuntime.OpenEnum") { printer in
            for item in enumeration.cases {
                // The wire value is in `init(wireValue:)` below.
                printer.doc([item.summary ?? ""] + [RenderContext.renamedCaseNote(item.swiftName)].compactMap { $0 })
                printer.line("case \(Naming.escaped(item.swiftName))")
            }
            printer.doc("A value the spec does not list, kept as sent.")
            printer.line("case unknown(SMSSpecRuntime.WireCode)")
            printer.line()
            // Computed: the module interface skips a body, not a stored value's initializer.
            let type = context.member(enumeration.swiftName)
            let cases = enumeration.cases.map { "." + Naming.escaped($0.swiftName) }
            if cases.count > CodePrinter.maximumLiteralElements {
                printer.block("\(access)static var knownCases: [\(type)]") { printer in
                    printer.arrayInLiterals("cases", of: type, count: cases.count, element: { index, printer in printer.line(cases[index] + ",") }, result: "return cases")
                }
            } else {
                printer.line("\(access)static var knownCases: [\(type)] { [\(cases.joined(separator: ", "))] }")
            }
            printer.line()
            // Values written as numbers match any spelling of their integer (7, "7", "07": a form sends text), as int
            // tables do; text values match exactly.
            let numbers = enumeration.spec.wire == .number
            printer.block("\(access)init(wireValue: SMSSpecRuntime.WireCode)") { printer in
                printer.block(numbers ? "switch wireValue.integerValue" : "switch wireValue") { printer in
                    for item in enumeration.cases {
                        // `.some(-1)`: Swift reads `-1?` as `-(1?)`.
                        printer.line("case \(numbers ? ".some(\(item.value))" : SwiftLiteral.string(item.value)): self = .\(Naming.escaped(item.swiftName))")
                    }
                    printer.line("default: self = .unknown(wireValue)")
                }
            }
            printer.line()
            printer.block("\(access)var wireValue: SMSSpecRuntime.WireCode") { printer in
                printer.block("switch self") { printer in
                    for item in enumeration.cases {
                        printer.line("case .\(Naming.escaped(item.swiftName)): return \(numbers ? item.value : SwiftLiteral.string(item.value))")
                    }
                    printer.line("case .unknown(let value): return value")
                }
            }
        }
    }
}
