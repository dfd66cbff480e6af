import Foundation

/// The names of the files the generator wrote into one output directory, kept there as `.smsspec-manifest.json`:
/// when no spec generates a file any more, only a file named there is removed. A user's copy of a generated file under
/// another name carries the generator's header too, and stays.
struct OutputManifest {
    static let fileName = ".smsspec-manifest.json"
    /// The longest manifest read; a larger file is not one the generator wrote.
    static let sizeLimit = 16 << 20

    /// What a directory's manifest says of the files in it.
    enum Record {
        /// No manifest that reads: the output was written before manifests were kept, or the manifest was cut short or
        /// left with a merge's conflict markers. A generated file (its header) that no spec generates any more is
        /// removed, as before manifests: keeping them would keep two copies of a removed spec's declarations.
        case absent
        /// The names the last run wrote, compared byte for byte as the file system compares them.
        case written(Set<[UInt8]>)
    }

    /// The manifest of a run writing `names`: one name a line, sorted by their bytes, so that two branches adding a
    /// spec each merge without a conflict.
    static func contents(naming names: [String]) -> String {
        let sorted = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let files = sorted.isEmpty ? "[]" : "[\n" + sorted.map { "    " + JSONWriter.quote($0) }.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"note\": \(JSONWriter.quote(GeneratedHeader.jsonNote)),\n  \"files\": \(files)\n}\n"
    }

    /// The record in `directory`, read from its manifest.
    static func record(in directory: String) -> Record {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard case .file(let size) = FileState(path), size <= sizeLimit, let data = FileManager.default.contents(atPath: path),
            let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.note == GeneratedHeader.jsonNote
        else { return .absent }
        return .written(Set(stored.files.map { Array($0.utf8) }))
    }

    private struct Stored: Decodable {
        let note: String
        let files: [String]
    }
}

extension OutputManifest.Record {
    /// Whether a generated file (a name the generator gives, its header) may be replaced, or removed where this run
    /// does not write it: one the last run wrote, or any where no manifest reads (the header rule).
    func mayOverwrite(_ name: String) -> Bool {
        switch self {
        case .absent: true
        case .written(let names): names.contains(Array(name.utf8))
        }
    }
}
