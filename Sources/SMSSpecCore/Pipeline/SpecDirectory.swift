import Foundation
import SMSSpecVocabulary

/// A configuration's `specs:` folder and the package it must stay in (`GeneratorOptions.specBoundary`).
public struct SpecBoundary: Sendable {
    public let folder: String
    public let package: String

    /// The boundary `options` set, if its `specs:` folder is in a package.
    public init?(_ options: GeneratorOptions) {
        guard let folder = options.specDirectory, let package = options.specBoundary else { return nil }
        self.folder = folder
        self.package = package
    }
}

/// Which files a run generates from: `*.yaml` and `*.yml`, except the configuration file (`smsspec-config.yaml`).
public enum SpecDirectory {
    /// A hidden file (`.acme.yaml`, a Mac's `._acme.yaml`) is none: SwiftPM skips hidden files in a target, so its
    /// generated files would never be compiled.
    public static func isSpecName(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != GeneratorOptions.fileName && !name.hasPrefix(".")
    }

    /// The longest spec file stem, in UTF-8 bytes: its longest output (`<stem>.validation.swift`) is staged as
    /// `.<name>.smsspec-new-<pid>-<n>`, which must stay within the 255 bytes a file name may have.
    public static let longestStem = 200

    /// A file name as a case-insensitive, normalization-insensitive file system (macOS's) compares it: two specs whose
    /// stems give the same key would write the same files there.
    static func fileSystemKey(_ stem: String) -> String {
        stem.decomposedStringWithCanonicalMapping.folding(options: .caseInsensitive, locale: nil).precomposedStringWithCanonicalMapping
    }

    /// The deepest folder below a named one that is searched for specs.
    static let deepestFolder = 32

    /// The spec files of a directory and of the folders in it, as the build plugin finds a target's (`*.yaml`
    /// anywhere in it): lint of a target's folder read one level, and said "OK" over a nested spec the plugin built.
    /// Each folder's files in name order, then its folders'. Hidden folders (`.build`, `.git`) are skipped, as SwiftPM
    /// skips them in a target; a link to a folder is followed, each real folder read once.
    public static func specPaths(in directory: String) throws -> [String] {
        try specPaths(in: directory, depth: 0)
    }

    private static func specPaths(in directory: String, depth: Int) throws -> [String] {
        try files(in: directory, depth: depth, matching: isSpecName)
    }

    /// The generator configurations (`smsspec-config.yaml`) of a directory and of the folders in it, as the build
    /// plugin finds a target's (one per target, anywhere in it).
    public static func configurationPaths(in directory: String) throws -> [String] {
        try files(in: directory, depth: 0) { $0 == GeneratorOptions.fileName }
    }

    /// The files named as `matches` says in `directory` and, below it, its folders (each folder's files in name order,
    /// then its folders'), links to folders followed as SwiftPM follows them in a target, each real folder once (a link
    /// back up is not followed again). A folder deeper than `deepestFolder`, which the plugin would still read, is an
    /// error: lint said "OK" over a broken spec 33 folders down.
    private static func files(in directory: String, depth: Int, matching matches: (String) -> Bool) throws -> [String] {
        var visited: Set<String> = []
        return try files(in: directory, depth: depth, matching: matches, visited: &visited)
    }

    private static func files(
        in directory: String, depth: Int, matching matches: (String) -> Bool, visited: inout Set<String>
    ) throws -> [String] {
        guard visited.insert(URL(filePath: directory).resolvingSymlinksInPath().path(percentEncoded: false)).inserted else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let paths = { (names: [String]) in names.map { (directory as NSString).appendingPathComponent($0) } }
        let folders = paths(names.filter { !$0.hasPrefix(".") }).filter(isFolder)
        if depth == deepestFolder, let deeper = folders.first { throw TooDeep(folder: deeper) }
        // A folder listed, then unreadable, is one the plugin cannot read either: said as the top one is.
        var found = paths(names.filter(matches)).filter { !isFolder($0) }
        for folder in folders { found += try files(in: folder, depth: depth + 1, matching: matches, visited: &visited) }
        return found
    }

    /// Whether `path` is a folder, or a link to one.
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A folder nested deeper than lint searches.
    struct TooDeep: Error, CustomStringConvertible {
        let folder: String
        var description: String {
            "\(DisplayText.quoted(folder)) is nested more than \(SpecDirectory.deepestFolder) folders deep, deeper than specs are searched for "
                + "(the build plugin would read the specs in it): move them up"
        }
    }


    /// Spec files named directly and those of named directories, each file once however often it is reached (a
    /// directory named on the command line and again under `specs:`). Problems go to `diagnostics`: an unlistable
    /// directory, a configuration file named as a spec, two files with one stem (`acme.yaml`, `acme.yml`), which
    /// would write the same generated files, and a spec whose catalog output would be the target's catalog file
    /// (`smsspec.yaml`), and a file name with a character that does not show as itself (a control, bidi or other
    /// invisible character: `DisplayText.needsEscape`, `Naming.isInvisible`), which the generated files would carry. Lint, generate and the plugins' plan all find specs here, so lint refuses what they refuse.
    /// `boundaries`: folders (configurations' `specs:`) whose specs, links followed, must lie inside a package; one
    /// outside is an error at the link's path, and not read (an attack's link inside the folder read a file elsewhere).
    public static func specPaths(of paths: [String], diagnostics: DiagnosticCollector, boundaries: [SpecBoundary] = []) -> [String] {
        let named = paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                if (path as NSString).lastPathComponent == GeneratorOptions.fileName {
                    diagnostics.error(
                        "this is a generator configuration, not a spec; `smsspec lint` checks it, `--config` applies it",
                        at: .init(file: path, line: 1, column: 1))
                    return []
                }
                return [path]
            }
            do {
                guard let boundary = boundaries.first(where: { $0.folder == path }) else { return try specPaths(in: path) }
                let package = URL(filePath: boundary.package, directoryHint: .isDirectory)
                return try specPaths(in: path).filter { file in
                    guard !GeneratorOptions.isInside(URL(filePath: file), package) else { return true }
                    diagnostics.error(
                        "this spec of the `specs:` folder is outside the package at \(boundary.package) once links are followed: a "
                            + "configuration reads specs of its own package only; move it into the package",
                        at: .init(file: file, line: 1, column: 1))
                    return false
                }
            } catch let error as TooDeep {
                diagnostics.error(error.description, at: .init(file: path, line: 1, column: 1))
                return []
            } catch {
                diagnostics.error("cannot list the spec directory: \(error.localizedDescription)", at: .init(file: path, line: 1, column: 1))
                return []
            }
        }
        // Compared by their bytes: `String` equality would take `café` composed and decomposed, two files, as one.
        var files = Set<[UInt8]>()
        var stems: [String: String] = [:]
        return named.filter { path in
            guard files.insert(Array(URL(filePath: path).standardizedFileURL.resolvingSymlinksInPath().path.utf8)).inserted else { return false }
            let stem = SpecInput(path: path, contents: "").stem
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                diagnostics.error(
                    "a hidden file is no spec: SwiftPM would not compile the hidden files generated from it; rename it without the leading dot",
                    at: .init(file: path, line: 1, column: 1))
            }
            if stem.utf8.count > longestStem {
                diagnostics.error(
                    "the spec's file name is \(stem.utf8.count) bytes long before its extension, more than the \(longestStem) its generated files' names leave room for; rename it shorter",
                    at: .init(file: path, line: 1, column: 1))
            }
            if let hidden = name.unicodeScalars.first(where: { DisplayText.needsEscape($0) || Naming.isInvisible($0) }) {
                diagnostics.error(
                    "the spec's file name \(DisplayText.quoted(DisplayText.redactingUserinfo(name))) holds \(Naming.codePoint(hidden)), which does not show as itself; "
                        + "its generated files would be named with it: rename the spec file with characters that show",
                    at: .init(file: path, line: 1, column: 1))
            }
            if OutputLayout.files(forSpecStem: stem).contains(where: { fileSystemKey($0) == fileSystemKey(OutputLayout.catalogFile) }) {
                diagnostics.error(
                    "this spec would write its catalog output to \(OutputLayout.catalogFile), the target's catalog file; rename the spec file",
                    at: .init(file: path, line: 1, column: 1))
            }
            if let other = stems.updateValue(path, forKey: fileSystemKey(stem)) {
                let otherStem = SpecInput(path: other, contents: "").stem
                diagnostics.error(
                    "this spec and \(other) would both generate \(stem).*.swift"
                        + (otherStem.utf8.elementsEqual(stem.utf8) ? "" : " (file names that differ only in case, or in how a letter is composed, collide on macOS)")
                        + "; rename one of them",
                    at: .init(file: path, line: 1, column: 1))
            }
            return true
        }
    }
}
