import Foundation
import ParaReadyCore

@testable import SiteBuilder

/// A throw-away project folder (site.toml, content/, a theme) for one test, removed when the test ends.
final class SiteFixture {
    let root: String
    private(set) var config: SiteConfig

    /// The repository's theme folder (`site/`), the one the product ships.
    static let repositoryTheme: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("site").path
    }()

    /// A project with the given content files (`"guides/a.md": "…"`), using the repository theme unless
    /// `theme` gives templates by name.
    init(
        _ files: [String: String] = [:], theme: [String: String]? = nil,
        configure: (inout SiteConfig) -> Void = { _ in }
    )
        throws
    {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pr-site-\(UUID().uuidString)").path
        self.root = root
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        var config = SiteConfig(
            title: "Fixture", baseURL: "https://example.org/", contentDirectory: "content",
            themeDirectory: Self.repositoryTheme, outputDirectory: "_site",
            now: SiteDate(year: 2025, month: 6, day: 1))
        if theme != nil { config.themeDirectory = "theme" }
        configure(&config)
        self.config = config
        for (name, text) in theme ?? [:] { try write("theme/templates/\(name).mustache", text) }
        for (path, text) in files { try write("content/" + path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + relative)
    }

    func update(_ change: (inout SiteConfig) -> Void) {
        change(&config)
    }

    func builder(plugins: [any SitePlugin] = []) -> SiteBuilder {
        SiteBuilder(projectRoot: root, config: config, plugins: plugins)
    }

    @discardableResult
    func build(plugins: [any SitePlugin] = []) throws(ParaReadyError) -> SiteBuildReport {
        try builder(plugins: plugins).build()
    }

    /// The error a build throws, or nil when it succeeds.
    func buildError(plugins: [any SitePlugin] = []) -> ParaReadyError? {
        do {
            try build(plugins: plugins)
            return nil
        } catch {
            return error
        }
    }

    /// A file of the output as text (nil when missing).
    func output(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: root + "/_site/" + relative) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every file below `relative` (default: the whole project), relative and sorted.
    func listing(_ relative: String = "") -> [String] {
        let base = relative.isEmpty ? root : root + "/" + relative
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var out: [String] = []
        while let path = enumerator.nextObject() as? String { out.append(path) }
        return out.sorted()
    }

    /// Every output file with its bytes.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        for path in listing("_site") {
            var isDirectory: ObjCBool = false
            let full = root + "/_site/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }
}

/// A page with front matter lines and a body.
func page(_ front: String, _ body: String = "Text.\n") -> String {
    "---\n" + front + "\n---\n" + body
}
