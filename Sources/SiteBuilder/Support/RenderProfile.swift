import Foundation
import Synchronization

/// CPU time per rendering stage, summed over every page and thread, printed with the phase timings when
/// `PARAREADY_SITE_TIMING` is set (for profiling; never part of any output).
enum RenderProfile {
    enum Stage: Int, CaseIterable {
        case parse, rewriteLinks, html, excerpt, context, template, write
    }

    static let enabled = ProcessInfo.processInfo.environment["PARAREADY_SITE_TIMING"] != nil
    private static let totals = Mutex([Int](repeating: 0, count: Stage.allCases.count))

    /// Runs `body`, adding its duration to `stage` when profiling.
    @inline(__always)
    static func measure<R, E: Error>(_ stage: Stage, _ body: () throws(E) -> R) throws(E) -> R {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let elapsed = Int(DispatchTime.now().uptimeNanoseconds - start)
            totals.withLock { $0[stage.rawValue] += elapsed }
        }
        return try body()
    }

    /// Prints the totals to standard error.
    static func report() {
        guard enabled else { return }
        let nanoseconds = totals.withLock { $0 }
        let parts = Stage.allCases.map { stage in
            "\(stage) \(String(format: "%.0f", Double(nanoseconds[stage.rawValue]) / 1e6))"
        }
        FileHandle.standardError.write(
            Data("timing: stages (ms, all threads): \(parts.joined(separator: ", "))\n".utf8))
    }
}
