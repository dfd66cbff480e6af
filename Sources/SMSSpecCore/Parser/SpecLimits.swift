import SMSSpecVocabulary

/// The bounds every spec (and configuration file) must keep, so that no input can hang the generator or take memory
/// out of proportion to its size. Real specs are about 25 KB, 3,000 nodes and 5 levels deep.
/// docs/limits-specs.md lists each with its error.
public enum SpecLimits {
    /// Bytes in one spec file.
    public static let maximumBytes = 4 << 20
    /// YAML nodes (scalars, lists, mappings) in one spec, an alias counting as every node it stands for.
    public static let maximumNodes = 200_000
    /// Bytes of scalar text (keys and values) in one spec, an alias counting as all the text it stands for: this bounds
    /// the generated output. Twice the file size, so that no file without aliases reaches it (an escape such as `\L`
    /// turns 2 bytes into 3 at most).
    public static let maximumText = 2 * maximumBytes
    /// What a spec holding a run of more than `StreamSafeText.maximumNonStarters` combining marks (in a key or a value,
    /// written or escaped) is told: the generator compares and hashes its names and words as Swift strings, in time that
    /// grows with the square of such a run (a summary of 100,000 marks took 27 s to generate).
    static let combiningMarksReason = "this text has more than \(StreamSafeText.maximumNonStarters) combining marks in a row, the limit "
        + "(Unicode's stream-safe text format): Swift compares such text in time that grows with the square of the run; no real spec has one"
    /// The field reads lint's decoding of the examples may make, counted as each example's objects times the fields
    /// of the spec's largest shape: 4,000 examples of a 4,000-field shape took 84 s. A million reads take about 3 s in
    /// a debug build; a real spec's examples read a few thousand.
    public static let maximumExampleFieldReads = 1_000_000
    /// Text forms of one plain-text answer: lint checks each against every earlier one (a form an earlier one takes
    /// the answers of is never read), so 16,000 forms took minutes. Real answers have one to five.
    public static let maximumTextForms = 100
    /// Lists and mappings nested in one another.
    public static let maximumNesting = 64
    /// A table's `padding`: the digits of the largest code.
    public static let maximumPadding = CodeWireFormat.maximumDigits
    /// Digits of a decimal default, leading zeros aside: its generated literal holds them in a `UInt64`, which any
    /// 19 digits fit.
    public static let maximumDecimalDigits = 19
    /// `maxSegments`: a concatenated SMS counts its parts in one byte (the UDH's total), so no message has more than
    /// 255. It also bounds the text a `substitute` check builds (at most what these segments hold, 39,015 characters):
    /// with `maxSegments: 9223372036854775807`, a request's `code_length` of 10⁹ filled in a gigabyte per placeholder.
    public static let maximumSegments = 255
    /// Characters in a `pattern` or a country's `mobile`: ICU compiles a pattern in time that grows faster than its
    /// length (700,000 characters took seconds), and matches every value against all of it. Real ones are under 200.
    public static let maximumPatternLength = 4_096
    /// A provider's `segments` capacities: an SMS carries 140 octets, at most 160 GSM-7 characters. With more
    /// (`gsm7Single: 9223372036854775807`), one segment "held" any text, and a `substitute` check built it whole.
    public static let maximumSegmentCapacity = 160

    /// Bytes (UTF-8) of a callback's `acknowledgement` body: what a provider expects is a word or a short document
    /// (`OK`, TwiML's `<Response/>`), and a sandbox reads a receiver's answer up to this size to compare it.
    public static let maximumAcknowledgementBytes = 1_024

    /// Characters of a base URL with variables, and `enum` values of its variables in all: lint checks the URL once
    /// per value, so together they bound that work. Real templates are under 100 characters, with a handful of values.
    public static let maximumServerURLLength = 2_048
    public static let maximumServerValues = 1_000

    /// Variants of a union, and values of a callback's discriminator: each is a case of a generated enum, and Swift
    /// gives up checking that a switch over one with payloads is exhaustive somewhere between 500 cases (checked in
    /// 6 s) and 700 (an error, so the generated code did not compile). Real ones have a handful.
    public static let maximumVariants = 256
}
