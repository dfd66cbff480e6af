import Foundation

/// Reads a UTF-8 text file of bounded size, saying why when it cannot.
public enum TextFile {
    /// Why a file could not be read; `description` completes "cannot read the spec file: …".
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case cannotOpen(reason: String)
        case isDirectory
        /// A FIFO, device or socket: reading one could block for ever or never end.
        case notRegularFile(kind: String)
        case tooLarge(limit: Int)
        /// The first byte that is not UTF-8, 0-based, and where it is.
        case notUTF8(offset: Int, line: Int, column: Int)

        public var description: String {
            switch self {
            case .cannotOpen(let reason): reason
            case .isDirectory: "it is a directory"
            case .notRegularFile(let kind): "it is \(kind), not a regular file"
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

    /// The file's text; reads at most `limit` + 1 bytes. Only a regular file (or a link to one) is read: a FIFO
    /// would block on open until a writer comes, a device like `/dev/zero` never ends.
    public static func read(_ path: String, limit: Int) -> Result<String, Problem> {
        var status = stat()
        if stat(path, &status) == 0, let problem = problem(ofKind: status.st_mode) { return .failure(problem) }
        // Non-blocking, in case the path became a FIFO since `stat`; checked again on what was opened.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.cannotOpen(reason: errorDescription(errno))) }
        defer { close(descriptor) }
        if fstat(descriptor, &status) == 0, let problem = problem(ofKind: status.st_mode) { return .failure(problem) }
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

    /// Why a file of this mode is not read, nil for a regular file.
    static func problem(ofKind mode: mode_t) -> Problem? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .isDirectory
        case S_IFIFO: .notRegularFile(kind: "a FIFO (named pipe)")
        case S_IFCHR: .notRegularFile(kind: "a character device")
        case S_IFBLK: .notRegularFile(kind: "a block device")
        case S_IFSOCK: .notRegularFile(kind: "a socket")
        default: .notRegularFile(kind: "a special file")
        }
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
