import ArgumentParser
import CommandLineSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `paraready site serve` hands over to the `paraready-serve` executable; these tests run the pair for real:
/// the first build is served, a saved edit is rebuilt and served, a broken page shows its error in the served
/// HTML while the server keeps running, and the next good save recovers.
@Suite("site serve")
struct SiteServeTests {
    @Test("serve hands every option to paraready-serve unchanged")
    func argumentsRoundTrip() throws {
        let given = [
            "--root", "/tmp/a b", "--config", "other.toml", "--output", "out", "--base-url", "https://e.org/x/",
            "--drafts", "--future", "--port", "4242",
        ]
        let parsed = try ServeArguments.parse(given)
        let again = try ServeArguments.parse(parsed.arguments)
        #expect(again.arguments == parsed.arguments)
        #expect(again.site.root == "/tmp/a b" && again.site.config == "other.toml" && again.site.output == "out")
        #expect(again.site.baseURL == "https://e.org/x/" && again.site.drafts && again.site.future)
        #expect(again.port == 4242)
        let defaults = try ServeArguments.parse(try ServeArguments.parse([]).arguments)
        #expect(defaults.site.output == nil && defaults.site.baseURL == nil && !defaults.site.drafts)
        #expect(defaults.port == 1111)
    }

    @Test("a missing server executable is a clear error, exit 2")
    func missingServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-lone-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lone = folder.appendingPathComponent("paraready")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: lone)
        let process = Process()
        process.executableURL = lone
        process.arguments = ["site", "serve", "--root", folder.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(text.contains("paraready-serve"), "\(text)")
    }

    @Test("serves, rebuilds a saved edit, shows a build error in the page and recovers")
    func liveSession() throws {
        let project = try Self.makeProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let page = project.appendingPathComponent("content/guides/first.md")
        let log = project.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let port = try Self.freePort()
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = [
            "site", "serve", "--root", project.path, "--port", String(port), "--output",
            project.appendingPathComponent("out").path,
        ]
        let logHandle = try FileHandle(forWritingTo: log)
        process.standardError = logHandle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? logHandle.close()
        }
        let url = URL(string: "http://127.0.0.1:\(port)/guides/first/")!

        try Self.waitFor("site serve: http://127.0.0.1:\(port)/", in: log, process: process)
        #expect(try Self.get(url).contains("Hello from the first build"))

        try "---\ntitle: First\n---\n\nHello after an edit.\n".write(to: page, atomically: true, encoding: .utf8)
        try Self.waitFor("site serve: rebuilt", in: log, process: process)
        #expect(try Self.get(url).contains("Hello after an edit."))

        try "---\ntitle: First\ndate: not-a-date\n---\n\nBroken.\n".write(to: page, atomically: true, encoding: .utf8)
        try Self.waitFor("first.md:3:", in: log, process: process)
        let failed = try Self.get(url)
        #expect(failed.contains("window.__parareadyError="), "the served page carries the build error")
        #expect(failed.contains("first.md:3:"))
        #expect(process.isRunning, "the server keeps running after a failed rebuild")

        try "---\ntitle: First\n---\n\nHello again.\n".write(to: page, atomically: true, encoding: .utf8)
        try Self.waitFor("rebuilt", in: log, process: process, occurrences: 2)
        let recovered = try Self.get(url)
        #expect(recovered.contains("Hello again.") && !recovered.contains("window.__parareadyError="))
    }

    /// A small site with the project's own theme.
    static func makeProject() throws -> URL {
        let manager = FileManager.default
        let project = manager.temporaryDirectory.appendingPathComponent("paraready-serve-\(UUID())")
        try manager.createDirectory(
            at: project.appendingPathComponent("content/guides"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("site"), to: project.appendingPathComponent("site"))
        try """
        title = "Serve test"
        base_url = "http://127.0.0.1/"
        theme_dir = "site"
        """.write(to: project.appendingPathComponent("site.toml"), atomically: true, encoding: .utf8)
        try "---\ntitle: First\n---\n\nHello from the first build.\n".write(
            to: project.appendingPathComponent("content/guides/first.md"), atomically: true, encoding: .utf8)
        return project
    }

    /// A port the kernel has just handed out and released (bind to port 0, read it back).
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        #expect(bound)
        return UInt16(bigEndian: address.sin_port)
    }

    /// Waits (up to two minutes: the first build of a debug binary is slow on a loaded machine) until the log
    /// holds `text` at least `occurrences` times.
    static func waitFor(_ text: String, in log: URL, process: Process, occurrences: Int = 1) throws {
        let deadline = Date().addingTimeInterval(120)
        var seen = ""
        while Date() < deadline {
            seen = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if seen.components(separatedBy: text).count - 1 >= occurrences { return }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(text.debugDescription); log:\n\(seen)")
        throw CancellationError()
    }

    static func get(_ url: URL) throws -> String {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var body: Data?
        nonisolated(unsafe) var failure: (any Error)?
        URLSession.shared.dataTask(with: url) { data, _, error in
            body = data
            failure = error
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 30)
        if let failure { throw failure }
        return String(decoding: body ?? Data(), as: UTF8.self)
    }
}
