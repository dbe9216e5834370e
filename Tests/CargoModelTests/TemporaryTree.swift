import Foundation

/// A directory of files written for one test and removed afterwards.
final class TemporaryTree {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        let base = FileManager.default.temporaryDirectory.path
        root = base + "/paraready-cargo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let full = path(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    func directory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }
}

/// A minimal package manifest.
func packageManifest(_ name: String, _ extra: String = "") -> String {
    """
    [package]
    name = "\(name)"
    version = "0.1.0"
    edition = "2021"
    \(extra)
    """
}
