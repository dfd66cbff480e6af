/// PHP's and Rails' indexed lists in forms and queries (`data[0]=…&data[1]=…`): the form decoder reads such fields as
/// the list `data[]` too, and lint refuses a shape whose own field has such a name beside that list.
public enum IndexedFormNames {
    /// `data[]` and `0` for `data[0]` (decimal digits in the last brackets, after a name); nil for any other name.
    public static func listName(ofIndexed name: String) -> (list: String, index: String)? {
        let bytes = name.utf8
        guard bytes.last == UInt8(ascii: "]"), let open = bytes.lastIndex(of: UInt8(ascii: "[")), open > bytes.startIndex else { return nil }
        let digits = bytes[bytes.index(after: open)..<bytes.index(before: bytes.endIndex)]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return (String(decoding: bytes[..<open], as: UTF8.self) + "[]", String(decoding: digits, as: UTF8.self))
    }
}
