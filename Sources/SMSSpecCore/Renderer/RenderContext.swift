/// What every renderer of one provider needs: the model, the options, and shared spellings.
struct RenderContext {
    let model: ProviderModel
    let options: GeneratorOptions

    /// `public `, `package ` or nothing.
    var access: String { options.accessLevel == .internal ? "" : options.accessLevel.rawValue + " " }

    var namespace: String { model.namespace }

    /// "Source: Bind HTTP A2P Messaging API, section "Error codes" (document 002_….txt)."
    func sourceLine(_ reference: SourceReference?) -> String? {
        sourceText(reference).map { "Source: \($0)." }
    }

    /// "Bind HTTP A2P Messaging API, section "Error codes" (document 002_….txt)"
    func sourceText(_ reference: SourceReference?) -> String? {
        guard let reference, let source = model.source(reference.source.value) else { return nil }
        let section = reference.section.map { ", section \"\($0)\"" } ?? ""
        let location = [source.document.map { "document \($0)" }, source.url].compactMap { $0 }.joined(separator: "; ")
        return "\(source.title)\(section) (\(location))"
    }

    func decisionLines(_ decisions: [DecisionSpec]) -> [String] {
        decisions.map { "Decision \($0.id.value): \($0.decision)\nThe documents: \($0.issue)" }
    }

    /// The standard documentation of a declaration: summary, source, decisions.
    func documentation(summary: String?, source: SourceReference?, decisions: [DecisionSpec], extra: [String] = []) -> [String] {
        [summary ?? ""] + extra + [sourceLine(source) ?? ""] + decisionLines(decisions)
    }

    func table(named name: String) -> TableModel? { model.tables.first { $0.swiftName == name } }
    func shape(named name: String) -> ShapeModel? { model.shapes.first { $0.swiftName == name } }
    func enumeration(named name: String) -> EnumModel? { model.enums.first { $0.swiftName == name } }
}
