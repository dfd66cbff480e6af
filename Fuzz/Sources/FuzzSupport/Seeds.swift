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

    /// Text seeds as bytes.
    public static func texts(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }
}
