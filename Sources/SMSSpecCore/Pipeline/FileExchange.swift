import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Two paths' files swapped in one step, so that replacing a file never destroys what was there: the replaced file
/// comes out under the other name, to be checked before it is deleted.
enum FileExchange {
    #if canImport(Glibc)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's `renameat2` (2.28 and later), looked up by name: Swift's Glibc module does not declare it.
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let renameExchange: UInt32 = 2  // RENAME_EXCHANGE
    private static let currentDirectory: Int32 = -100  // AT_FDCWD
    #endif

    /// Swaps the files at `first` and `second` (both must exist); false where the system or the file system cannot
    /// (an older kernel or C library, some network file systems, a system without glibc), and nothing changed.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Glibc)
        guard let renameat2 else { return false }
        return renameat2(currentDirectory, first, currentDirectory, second, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Whether both paths name one file (the same inode of the same device), neither followed if a link.
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        identity(first).map { $0 == identity(second) } ?? false
    }

    /// Gives `target` the permission bits of `source` (a link not followed): a replaced file keeps its mode, a
    /// generated file its owner made read-only stays so.
    static func copyPermissions(of source: String, to target: String) {
        var status = stat()
        guard lstat(source, &status) == 0 else { return }
        chmod(target, status.st_mode & 0o7777)
    }

    /// The file a path names (its device and inode, a link not followed); nil when there is none.
    static func identity(_ path: String) -> FileIdentity? {
        var status = stat()
        return lstat(path, &status) == 0 ? FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) : nil
    }
}

/// One file of the file system, whatever names it has.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
}
