import Foundation

/// The spec files of a directory: `*.yaml` and `*.yml`, except a configuration file, in name order.
public enum SpecDirectory {
    public static let configName = "smsspec-config.yaml"

    public static func specPaths(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != configName }
            .sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
