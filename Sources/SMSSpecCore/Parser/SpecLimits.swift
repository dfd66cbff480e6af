import SMSSpecVocabulary

/// The bounds every spec (and configuration file) must keep, so that no input can hang the generator or take memory
/// out of proportion to its size. Real specs are about 25 KB, 3,000 nodes and 5 levels deep.
/// docs/limits-specs.md lists each with its error.
public enum SpecLimits {
    /// Bytes in one spec file.
    public static let maximumBytes = 4 << 20
    /// YAML nodes (scalars, lists, mappings) in one spec, an alias counting as every node it stands for.
    public static let maximumNodes = 200_000
    /// Lists and mappings nested in one another.
    public static let maximumNesting = 64
    /// A table's `padding`: the digits of the largest code.
    public static let maximumPadding = CodeWireFormat.maximumDigits
}
