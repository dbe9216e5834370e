import Foundation
import ParaReadyCore

/// Paths and scratch directories for the updates tests.
enum UpdatesTestSupport {
    /// `Tests/Fixtures/discourse/<name>`.
    static func fixture(_ name: String) -> String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/discourse/\(name)").path
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "paraready-updates-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// File name → contents of every file in `directory`.
    static func snapshot(_ directory: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            result[name] = try read(directory + "/" + name)
        }
        return result
    }

    /// Modification times, to prove that a second import rewrote nothing.
    static func modificationDates(_ directory: String) throws -> [String: Date] {
        var result: [String: Date] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + name)
            result[name] = attributes[.modificationDate] as? Date
        }
        return result
    }
}
