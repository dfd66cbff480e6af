import Foundation

/// Reads a UTF-8 text file of bounded size, saying why when it cannot.
public enum TextFile {
    /// Why a file could not be read; `description` completes "cannot read the spec file: …".
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case cannotOpen(reason: String)
        case isDirectory
        case tooLarge(limit: Int)
        /// The first byte that is not UTF-8, 0-based, and where it is.
        case notUTF8(offset: Int, line: Int, column: Int)

        public var description: String {
            switch self {
            case .cannotOpen(let reason): reason
            case .isDirectory: "it is a directory"
            case .tooLarge(let limit): "it is larger than \(TextFile.describe(bytes: limit)); split it or shorten it"
            case .notUTF8(let offset, _, _): "it is not UTF-8 text: the byte at offset \(offset) does not decode"
            }
        }

        /// Where a message about this problem points: the bad byte's line and column, or the file's start.
        public func location(in file: String) -> SourceLocation {
            if case .notUTF8(_, let line, let column) = self { return SourceLocation(file: file, line: line, column: column) }
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    /// The file's text; reads at most `limit` + 1 bytes, whatever the file is (`/dev/zero` included).
    public static func read(_ path: String, limit: Int) -> Result<String, Problem> {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return .failure(.isDirectory) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(.cannotOpen(reason: errorDescription(errno))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(errno == EISDIR ? .isDirectory : .cannotOpen(reason: errorDescription(errno)))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(limit: limit)) }
        return decode(bytes)
    }

    /// The bytes as a String, or where the first byte that is not UTF-8 is.
    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return .failure(.notUTF8(offset: offset, line: line, column: column))
            case .emptyInput:
                return .success(String(decoding: bytes, as: UTF8.self))  // Not reached: validation failed above.
            }
        }
    }

    static func describe(bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// "no such file or directory", "permission denied": the system's words.
    static func errorDescription(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
