import FlyingFox
import FlyingSocks
import Foundation
import ParaReadyCore
import SiteBuilder

/// `site serve`: builds the site, serves it on 127.0.0.1, watches content and theme with inotify, rebuilds
/// what changed and reloads the browsers over a WebSocket. A failed rebuild is shown in the page; the server
/// keeps running and the next good save recovers.
public final class PreviewServer: Sendable {
    public let session: SiteSession
    public let port: UInt16
    let hub = LiveReloadHub()
    let log: @Sendable (String) -> Void

    /// `log` receives one line per event (build, rebuild with its duration, errors).
    public init(session: SiteSession, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.session = session
        self.port = port
        self.log = log
    }

    /// Builds, then serves and watches until the task is cancelled. Throws when the first build fails.
    public func run() async throws {
        let start = ContinuousClock.now
        let report = try session.build()
        log("site serve: built \(report.htmlPages) pages in \(Self.milliseconds(since: start)) ms")
        let config = session.builder.config
        let root = session.builder.outputPath
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled)
        await server.appendRoute(
            "GET /__paraready/live",
            to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: LiveReloadSocket(hub: hub))))
        await server.appendRoute("GET *", to: PreviewFileHandler(root: root, basePath: config.basePath, hub: hub))
        let configFile = SiteBuilderPaths.absolute(session.builder.projectRoot + "/site.toml")
        let watcher = try FileWatcher(folders: session.watchedFolders, files: [configFile])
        log(
            "site serve: http://127.0.0.1:\(port)\(config.basePath) (watching \(watcher.folderCount) folders; Ctrl-C stops)"
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { [self] in
                for await batch in watcher.changes() {
                    await rebuild(batch)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    func rebuild(_ paths: [String]) async {
        let start = ContinuousClock.now
        do {
            let result = try session.rebuild(changes: paths)
            let what = result.full ? "everything" : "\(result.renderedURLs.count) page(s)"
            log("site serve: rebuilt \(what) in \(Self.milliseconds(since: start)) ms (\(paths.count) changed file(s))")
            await hub.reload()
        } catch {
            log("paraready: \(error)")
            await hub.fail(error.description)
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let d = ContinuousClock.now - start
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.1f", ms)
    }
}

/// Path helpers shared with the command line.
enum SiteBuilderPaths {
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
