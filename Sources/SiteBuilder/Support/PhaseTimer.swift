import Foundation

/// Prints how long each build phase took to standard error when `PARAREADY_SITE_TIMING` is set (for profiling;
/// never part of any output).
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["PARAREADY_SITE_TIMING"] != nil
    private var last = ContinuousClock.now

    mutating func mark(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let d = now - last
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        FileHandle.standardError.write(Data("timing: \(phase) \(String(format: "%.1f", ms)) ms\n".utf8))
        last = now
    }
}
