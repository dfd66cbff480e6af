import Foundation

/// The package's folder, found from this file.
public enum PackageRoot {
    public static let url = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
