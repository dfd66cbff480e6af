/// What a spec claims in its target: a provider id and a namespace, and where the spec sets them. Two specs of one
/// target cannot claim one id or one namespace, and no namespace can be the catalog's name.
///
/// The build plugin runs the generator once per spec, so that editing one spec regenerates that spec only; each run
/// also writes the spec's claim (`<stem>.provider.swift`, a comment-only file), and one more run reads the claims,
/// checks them and writes the catalog. A run rewrites a claim only when it changes, so the catalog run does not
/// repeat after an edit that keeps the id and namespace.
public struct ProviderClaim: Hashable, Sendable {
    public let id: String
    public let namespace: String
    /// Where the spec sets its id, and its namespace when it sets one.
    public let idLocation: SourceLocation
    public let namespaceLocation: SourceLocation?
    /// The Swift names of the provider's status tables, which the target's registry lists.
    public let tables: [String]

    public init(id: String, namespace: String, idLocation: SourceLocation, namespaceLocation: SourceLocation?, tables: [String]) {
        self.id = id
        self.namespace = namespace
        self.idLocation = idLocation
        self.namespaceLocation = namespaceLocation
        self.tables = tables
    }

    public init(model: ProviderModel) {
        self.init(
            id: model.id, namespace: model.namespace, idLocation: model.spec.id.location, namespaceLocation: model.spec.namespace?.location,
            tables: model.tables.map(\.swiftName))
    }


    /// Every claim of a spec claimed before it reports an error at the later spec's id.
    public static func checkUnique(_ claims: [ProviderClaim], diagnostics: DiagnosticCollector) {
        var ids: [String: SourceLocation] = [:]
        var namespaces: [String: SourceLocation] = [:]
        for claim in claims {
            if let first = ids[claim.id] {
                diagnostics.error(
                    "provider id '\(claim.id)' is already claimed by \(first.file):\(first.line); each provider needs its own id",
                    at: claim.idLocation)
            } else if let first = namespaces[claim.namespace] {
                diagnostics.error(
                    "namespace '\(claim.namespace)' is already used by \(first.file):\(first.line); set 'namespace' in one of them",
                    at: claim.idLocation)
            }
            ids[claim.id] = ids[claim.id] ?? claim.idLocation
            namespaces[claim.namespace] = namespaces[claim.namespace] ?? claim.idLocation
        }
        // Each spec's models file declares a private struct beside its namespace, in the same module scope.
        let checks = Dictionary(claims.map { (versionCheckName(of: $0.namespace), $0) }, uniquingKeysWith: { first, _ in first })
        for claim in claims {
            guard let other = checks[claim.namespace] else { continue }
            diagnostics.error(
                "namespace '\(claim.namespace)' is the name of the runtime version check generated beside namespace '\(other.namespace)' "
                    + "(\(other.idLocation.file):\(other.idLocation.line)); set another 'namespace'",
                at: claim.namespaceLocation ?? claim.idLocation)
        }
    }

    /// The private struct a provider's models file declares to check the runtime's version: `GeneratedFor<namespace>Models`.
    public static func versionCheckName(of namespace: String) -> String { "GeneratedFor\(namespace)Models" }

    /// The target's catalog enum and a provider's namespace enum cannot share a name: both are declared.
    public static func checkCatalogNamespace(_ catalog: String, against claims: [ProviderClaim], diagnostics: DiagnosticCollector) {
        for claim in claims where versionCheckName(of: claim.namespace) == catalog {
            diagnostics.error(
                "the target's catalog name '\(catalog)' (`namespace` in smsspec-config.yaml) is the name of the runtime version check "
                    + "generated beside this namespace; set another 'namespace' here or there",
                at: claim.namespaceLocation ?? claim.idLocation)
        }
        for claim in claims where claim.namespace == catalog {
            diagnostics.error(
                "namespace '\(catalog)' is also the name of the target's catalog (`namespace` in smsspec-config.yaml, "
                    + "SMSSpecCatalog by default); set another 'namespace' here or there",
                at: claim.namespaceLocation ?? claim.idLocation)
        }
    }
}
