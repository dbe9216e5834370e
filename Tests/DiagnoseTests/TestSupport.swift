import Diagnose
import Foundation
import ParaReadyCore

/// Paths and shared helpers for the Diagnose tests.
enum TestSupport {
    /// The package root (two folders above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A log fixture under Tests/Fixtures/logs.
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/logs/\(name)").path
    }

    /// The guide that carries the signatures.
    static var guidePath: String { packageRoot.appendingPathComponent("content/guides/troubleshooting.md").path }

    static func catalog() throws -> SignatureCatalog { try SignatureCatalog.bundled() }

    /// Diagnoses UTF-8 text held in memory.
    static func diagnose(_ text: String, facts: FactSet? = nil) throws -> DiagnosisReport {
        LogDiagnoser(catalog: try catalog(), facts: facts).diagnose(bytes: Array(text.utf8), name: "test.log")
    }

    /// A scratch file that is removed when the test ends (call `remove`).
    static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("paraready-diagnose-\(UUID().uuidString)-\(name)")
            .path
    }
}
