import Foundation
import Mustache
import ParaReadyCore

/// The site's look: Mustache templates from `site/templates/` (plus plugins' defaults) compiled once, and the
/// asset files of `site/assets/` copied to `assets/`.
///
/// Every template is compiled with escaping by `SafeHTMLContentType`, so `{{value}}` is always escaped (also when
/// a quote is followed by a combining mark, which the library's own escaper misses); `{{{value}}}` is how a
/// template asks for trusted HTML.
struct Theme: Sendable {
    /// A file copied from the theme's assets.
    struct Asset: Sendable, Hashable {
        var source: String
        var output: String
    }

    let library: MustacheLibrary
    let names: Set<String>
    let assets: [Asset]
    /// A short hash of every asset's bytes, appended to asset URLs so browsers refetch after a change.
    let assetVersion: String

    static let contentTypeName = "PARAREADY_HTML"
    static let pragma = "{{%CONTENT_TYPE:\(contentTypeName)}}"

    private static let registration: Void = {
        MustacheContentTypes.register(SafeHTMLContentType(), named: contentTypeName)
    }()

    static func load(
        directory: String, displayDirectory: String, pluginTemplates: [String: String] = [:]
    ) throws(ParaReadyError) -> Theme {
        _ = registration
        var sources: [String: (text: String, file: String)] = [:]
        for (name, text) in pluginTemplates { sources[name] = (text, "plugin template '\(name)'") }
        let templateRoot = directory + "/templates"
        for relative in files(under: templateRoot) where relative.hasSuffix(".mustache") {
            let name = String(relative.dropLast(".mustache".count))
            let shown = displayDirectory + "/templates/" + relative
            sources[name] = (try TextFile.read(templateRoot + "/" + relative, displayPath: shown), shown)
        }
        guard !sources.isEmpty else {
            throw ParaReadyError(
                .io, "the theme has no templates (expected \(displayDirectory)/templates/*.mustache)",
                file: displayDirectory)
        }
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                library.register(try MustacheTemplate(string: pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
                throw ParaReadyError(
                    .syntax, "template does not parse: \(error.error)",
                    at: SourceLocation(file: source.file, line: line, column: column))
            } catch {
                throw ParaReadyError(.syntax, "template does not parse", file: source.file, causes: ["\(error)"])
            }
        }
        var assets: [Asset] = []
        var hasher = StableHash()
        let assetRoot = directory + "/assets"
        for relative in files(under: assetRoot) {
            let output = try PathGuard.filePath(
                "assets/" + relative, what: "asset path",
                at: SourceLocation(file: displayDirectory + "/assets/" + relative, line: 1))
            assets.append(Asset(source: assetRoot + "/" + relative, output: output))
            hasher.add(relative)
            if let data = FileManager.default.contents(atPath: assetRoot + "/" + relative) { hasher.add(data) }
        }
        return Theme(library: library, names: Set(sources.keys), assets: assets, assetVersion: hasher.hex(8))
    }

    /// The first template name in `candidates` that the theme has.
    func layout(_ candidates: [String]) -> String? {
        candidates.first { !$0.isEmpty && names.contains($0) }
    }

    /// Renders `context` with the named template.
    func render(_ context: Any, layout: String) -> String {
        library.render(context, withTemplate: layout) ?? ""
    }

    /// Regular files below `root`, relative, `/`-separated, sorted; hidden files skipped.
    static func files(under root: String) -> [String] {
        var out: [String] = []
        var stack = [""]
        while let relative = stack.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + child, isDirectory: &isDirectory) else {
                    continue
                }
                if isDirectory.boolValue { stack.append(child) } else { out.append(child) }
            }
        }
        return out.sorted()
    }
}

/// HTML escaping on UTF-8 bytes, so that no character is left unescaped when combining marks follow it.
struct SafeHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLBytes.escape(text)
    }
}
