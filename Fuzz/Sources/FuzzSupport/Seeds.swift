import Foundation

/// Seed corpora are written by the harnesses themselves (`SMSSPEC_FUZZ_WRITE_SEEDS=<dir> <harness>`), so the
/// input layout lives in one place; Fuzz/run.sh does this before every run.
public enum FuzzSeeds {
    /// Called from each harness's `LLVMFuzzerInitialize`: writes the seeds and exits when asked to.
    public static func writeIfAsked(_ seeds: () -> [[UInt8]]) {
        guard let directory = ProcessInfo.processInfo.environment["SMSSPEC_FUZZ_WRITE_SEEDS"] else { return }
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (index, seed) in seeds().enumerated() {
                try Data(seed).write(to: url.appendingPathComponent(String(format: "seed-%04d", index)))
            }
        } catch {
            FileHandle.standardError.write(Data("error: cannot write seeds to \(directory): \(error)\n".utf8))
            exit(1)
        }
        exit(0)
    }

    /// The payload files of one provider's documents (`$SMSSPEC_FUZZ_DOCUMENTS/<provider>/`), sorted by name.
    public static func documents(of provider: String) -> [Data] {
        guard let root = ProcessInfo.processInfo.environment["SMSSPEC_FUZZ_DOCUMENTS"] else { return [] }
        let folder = URL(fileURLWithPath: root).appendingPathComponent(provider)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { name in [".json", ".query", ".txt"].contains { name.hasSuffix($0) } }.compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
        }
    }

    /// Spec seeds: every `*.yaml` under the folders of `$SMSSPEC_FUZZ_SPECS` (separated by `:`), whole, and cut
    /// into small pieces that still read as specs: the header sections (`smsspec`, `provider`) with one other
    /// top-level section, and with one entry of a section (one shape, one operation, one table…). Small seeds keep
    /// every input cheap, so the spec harnesses reach a million inputs.
    public static func specs() -> [[UInt8]] {
        specFiles().flatMap { file in [Array(file.text.utf8)] + specPieces(of: file.text).map { Array($0.utf8) } }
    }

    /// Every `*.yaml` under the folders of `$SMSSPEC_FUZZ_SPECS` (separated by `:`), in that order, each folder's sorted
    /// by path. Hidden folders are skipped: CI builds `Examples/` before it fuzzes, and the YAML of their `.build/`
    /// checkouts made about 5,800 spec seeds where a fresh clone has 1,406, so a local run did not try what CI tried.
    public static func specFiles() -> [(path: String, text: String)] {
        let folders = (ProcessInfo.processInfo.environment["SMSSPEC_FUZZ_SPECS"] ?? "").split(separator: ":").map(String.init)
        return folders.flatMap { folder in
            let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { file in
                file.hasSuffix(".yaml") && !file.split(separator: "/").contains { $0.hasPrefix(".") }
            }
            return files.sorted().compactMap { file in
                FileManager.default.contents(atPath: folder + "/" + file).map { (folder + "/" + file, String(decoding: $0, as: UTF8.self)) }
            }
        }
    }

    /// The pieces of one spec described at `specs()`.
    static func specPieces(of text: String) -> [String] {
        // Top-level sections: a key at column 0 and every line up to the next one.
        var sections: [(key: String, lines: [Substring])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") {
                sections.append((String(line[..<colon]), [line]))
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            }
        }
        let isHeader = { (key: String) in key == "smsspec" || key == "provider" }
        let header = sections.filter { isHeader($0.key) }.flatMap(\.lines)
        var pieces: [String] = []
        for section in sections where !isHeader(section.key) {
            pieces.append((header + section.lines).joined(separator: "\n"))
            // Entries: lines indented by exactly two spaces start one (`  Name:` or `  - …`).
            var entries: [[Substring]] = []
            for line in section.lines.dropFirst() {
                let startsEntry = line.hasPrefix("  ") && !line.hasPrefix("   ") && !line.dropFirst(2).hasPrefix("#")
                if startsEntry { entries.append([line]) } else if !entries.isEmpty { entries[entries.count - 1].append(line) }
            }
            if entries.count > 1 {
                pieces += entries.map { (header + [section.lines[0]] + $0).joined(separator: "\n") }
            }
        }
        return pieces
    }

    /// Text seeds as bytes.
    public static func texts(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }
}
