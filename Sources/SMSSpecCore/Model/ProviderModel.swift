import SMSSpecVocabulary

/// A provider resolved for Swift: every name chosen, every reference resolved. The renderer reads only this.
public struct ProviderModel {
    public let spec: ProviderSpec
    /// The spec file's name without its extension: the stem of every output file of this provider.
    public let fileStem: String
    public let namespace: String
    public let shapes: [ShapeModel]
    public let enums: [EnumModel]
    public let tables: [TableModel]
    public let unions: [UnionModel]
    public let callbacks: [CallbackModel]
    public let operations: [OperationModel]
    public let messages: [MessageModel]
    public let examples: [ExampleSpec]

    public var id: String { spec.id.value }

    func source(_ id: String) -> SourceSpec? { spec.sources.first { $0.id.value == id } }
}

public struct ShapeModel {
    public let spec: ShapeSpec
    public let swiftName: String
    public let fields: [FieldModel]
    /// For a list shape: the element type.
    public let listElement: ResolvedType?
    /// The operations this shape is the request of.
    public let requestOf: [String]
    public var isRequest: Bool { !requestOf.isEmpty }
}

public struct UnionModel {
    public let spec: UnionSpec
    public let swiftName: String
    public let variants: [(caseName: String, type: ResolvedType)]
}

public struct FieldModel {
    public let spec: FieldSpec
    public let swiftName: String
    public let type: ResolvedType
    /// The property is non-optional: the field is required, or has a default.
    public var isNonOptional: Bool { spec.required || spec.defaultValue != nil }
}

/// A field type with its references resolved.
public indirect enum ResolvedType: Hashable {
    case string, int, int64, decimal, double, bool, json
    case secret
    case timestamp(formats: [String], timeZone: String?)
    case shape(String)
    case enumeration(String)
    case table(String)
    case union(String)
    case array(ResolvedType)
    case map(ResolvedType)

    /// The Swift spelling of the type inside the provider namespace.
    public var swiftType: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int64: "Int64"
        case .decimal: "Decimal"
        case .double: "Double"
        case .bool: "Bool"
        case .json: "JSONValue"
        case .secret: "Secret"
        case .timestamp: "Timestamp"
        case .shape(let name), .enumeration(let name), .table(let name), .union(let name): name
        case .array(let element): "[\(element.swiftType)]"
        case .map(let value): "[String: \(value.swiftType)]"
        }
    }

    /// A scalar the runtime decodes leniently (number or text).
    public var isLenientScalar: Bool {
        switch self {
        case .string, .int, .int64, .decimal, .double, .bool: true
        default: false
        }
    }
}

public struct EnumModel {
    public let spec: EnumSpec
    public let swiftName: String
    public let cases: [(value: String, swiftName: String, summary: String?)]
}

public struct TableModel {
    public let spec: TableSpec
    public let swiftName: String
    public let entries: [TableEntryModel]
}

public struct TableEntryModel {
    public let spec: TableEntrySpec
    public let swiftName: String
    public let category: ErrorCategory
    public let outcome: Outcome
    public let retryable: Bool
}

public struct CallbackModel {
    public let spec: CallbackSpec
    public let swiftName: String
    /// For discriminated callbacks: (discriminator value, case name, shape type).
    public let variants: [(value: String, caseName: String, shape: String)]
    public let discriminatorSwiftKey: String?
}

public struct OperationModel {
    public let spec: OperationSpec
    public let swiftName: String
    public let requestType: String?
}

/// A message tools can decode by name (`smsspec decode bind DeliveryReceipt …`).
public struct MessageModel {
    public let name: String
    public let swiftType: String
    public let kind: String
    public let summary: String
    public let wire: EncodingKind
}
