import Foundation
import ParaReadyCore
import TOMLKit

/// Reads `site.toml` into a `SiteConfig`, naming file:line:column for syntax errors and wrong types.
///
/// Every key is documented in docs/site.md. Unknown keys are errors (a typo should not silently do nothing),
/// except inside `[params]` and `[plugins.<name>]`, which are free-form.
public enum SiteConfigLoader {
    /// Loads `<projectRoot>/<file>`; a missing file gives the defaults.
    public static func load(projectRoot: String, file: String = "site.toml") throws(ParaReadyError) -> SiteConfig {
        let path = ContentLoader.join(projectRoot, file)
        guard FileManager.default.fileExists(atPath: path) else { return SiteConfig() }
        return try parse(try TextFile.read(path, displayPath: file), file: file)
    }

    /// Parses the text of a `site.toml`.
    public static func parse(_ text: String, file: String = "site.toml") throws(ParaReadyError) -> SiteConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ParaReadyError(
                .syntax, "site configuration is not valid TOML: \(error.description)",
                at: SourceLocation(file: file, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw ParaReadyError(.syntax, "site configuration is not valid TOML", file: file, causes: ["\(error)"])
        }
        let reader = Reader(text: text, file: file)
        var config = SiteConfig()
        let known: Set<String> = [
            "title", "description", "base_url", "language", "content_dir", "theme_dir", "output_dir", "exclude",
            "build",
            "menu", "sections", "params", "plugins",
        ]
        for key in table.keys where !known.contains(key) {
            throw reader.error("unknown key '\(key)' (known: \(known.sorted().joined(separator: ", ")))", key: key)
        }
        config.title = try reader.string(table, "title") ?? config.title
        config.description = try reader.string(table, "description") ?? config.description
        if let base = try reader.string(table, "base_url") {
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        config.language = try reader.string(table, "language") ?? config.language
        config.contentDirectory = try reader.string(table, "content_dir") ?? config.contentDirectory
        config.themeDirectory = try reader.string(table, "theme_dir") ?? config.themeDirectory
        config.outputDirectory = try reader.string(table, "output_dir") ?? config.outputDirectory
        config.exclude = try reader.strings(table, "exclude") ?? []
        if let build = try reader.table(table, "build") {
            let buildKeys: Set<String> = ["drafts", "future", "links", "search", "search_text", "raw_html"]
            for key in build.keys where !buildKeys.contains(key) {
                throw reader.error("unknown key 'build.\(key)'", key: key)
            }
            config.includeDrafts = try reader.bool(build, "drafts") ?? false
            config.includeFuture = try reader.bool(build, "future") ?? false
            if let links = try reader.string(build, "links") {
                guard let level = SiteConfig.LinkCheck(rawValue: links) else {
                    throw reader.error(
                        "'links' must be \"error\", \"warning\" or \"off\", not \"\(links)\"", key: "links")
                }
                config.linkCheck = level
            }
            config.search = try reader.bool(build, "search") ?? true
            config.searchTextLimit = try reader.int(build, "search_text") ?? config.searchTextLimit
            config.rawHTML = try reader.bool(build, "raw_html") ?? false
        }
        if let menu = table["menu"] {
            guard let items = menu.array else {
                throw reader.error("'menu' must be an array of tables ([[menu]])", key: "menu")
            }
            for item in items {
                guard let entry = item.table else {
                    throw reader.error("each [[menu]] entry must be a table", key: "menu")
                }
                guard let name = try reader.string(entry, "name"), let url = try reader.string(entry, "url") else {
                    throw reader.error("each [[menu]] entry needs 'name' and 'url'", key: "menu")
                }
                config.menu.append(MenuItem(name: name, url: url, weight: try reader.int(entry, "weight") ?? 0))
            }
        }
        if let sections = try reader.table(table, "sections") {
            for name in sections.keys {
                guard let section = sections[name]?.table else {
                    throw reader.error("'sections.\(name)' must be a table", key: name)
                }
                let sectionKeys: Set<String> = ["sort", "group_by", "groups", "group_titles", "prev_next"]
                for key in section.keys where !sectionKeys.contains(key) {
                    throw reader.error("unknown key 'sections.\(name).\(key)'", key: key)
                }
                var settings = config.section(name)
                if let sort = try reader.string(section, "sort") {
                    guard ["weight", "date", "title"].contains(sort) else {
                        throw reader.error("'sort' must be \"weight\", \"date\" or \"title\"", key: "sort")
                    }
                    settings.sort = sort
                }
                settings.groupBy = try reader.string(section, "group_by") ?? settings.groupBy
                settings.groups = try reader.strings(section, "groups") ?? settings.groups
                if let titles = try reader.table(section, "group_titles") {
                    for key in titles.keys {
                        guard let title = titles[key]?.string else {
                            throw reader.error("group titles must be strings", key: key)
                        }
                        settings.groupTitles[key] = title
                    }
                }
                settings.previousNext = try reader.bool(section, "prev_next") ?? settings.previousNext
                config.sections[name] = settings
            }
        }
        if let params = try reader.table(table, "params") { config.params = convert(params) }
        if let plugins = try reader.table(table, "plugins") {
            for name in plugins.keys {
                if let value = plugins[name] { config.pluginSettings[name] = convert(value) }
            }
        }
        return config
    }

    static func convert(_ table: TOMLTable) -> [String: SiteValue] {
        var out: [String: SiteValue] = [:]
        for key in table.keys {
            if let value = table[key] { out[key] = convert(value) }
        }
        return out
    }

    static func convert(_ value: any TOMLValueConvertible) -> SiteValue {
        if let b = value.bool { return .bool(b) }
        if let i = value.int { return .int(i) }
        if let d = value.double { return .double(d) }
        if let s = value.string { return .string(s) }
        if let date = value.date {
            return .date(SiteDate(year: date.year, month: date.month, day: date.day, isDateOnly: true))
        }
        if let table = value.table { return .object(convert(table)) }
        if let array = value.array { return .array(array.map { convert($0) }) }
        return .string(value.tomlValue.debugDescription)
    }

    /// Typed reads with positions found by looking for the key in the text.
    struct Reader {
        let text: String
        let file: String

        func error(_ message: String, key: String) -> ParaReadyError {
            ParaReadyError(.invalidValue, message, at: location(of: key))
        }

        /// The first line that assigns `key` (or opens a table named by it); line 1 when not found.
        func location(of key: String) -> SourceLocation {
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.drop { $0 == " " || $0 == "\t" }
                let column = raw.count - line.count + 1
                if line.hasPrefix(key) {
                    let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("=") { return SourceLocation(file: file, line: index + 1, column: column) }
                }
                if line.hasPrefix("[")
                    && (line.contains("[\(key)]") || line.contains(".\(key)]") || line.contains("[\(key)."))
                {
                    return SourceLocation(file: file, line: index + 1, column: column)
                }
            }
            return SourceLocation(file: file, line: 1)
        }

        func string(_ table: TOMLTable, _ key: String) throws(ParaReadyError) -> String? {
            guard let value = table[key] else { return nil }
            guard let s = value.string else { throw error("'\(key)' must be a string", key: key) }
            return s
        }

        func bool(_ table: TOMLTable, _ key: String) throws(ParaReadyError) -> Bool? {
            guard let value = table[key] else { return nil }
            guard let b = value.bool else { throw error("'\(key)' must be true or false", key: key) }
            return b
        }

        func int(_ table: TOMLTable, _ key: String) throws(ParaReadyError) -> Int? {
            guard let value = table[key] else { return nil }
            guard let i = value.int else { throw error("'\(key)' must be a whole number", key: key) }
            return i
        }

        func strings(_ table: TOMLTable, _ key: String) throws(ParaReadyError) -> [String]? {
            guard let value = table[key] else { return nil }
            guard let array = value.array else { throw error("'\(key)' must be an array of strings", key: key) }
            var out: [String] = []
            for element in array {
                guard let s = element.string else { throw error("'\(key)' must be an array of strings", key: key) }
                out.append(s)
            }
            return out
        }

        func table(_ table: TOMLTable, _ key: String) throws(ParaReadyError) -> TOMLTable? {
            guard let value = table[key] else { return nil }
            guard let t = value.table else { throw error("'\(key)' must be a table", key: key) }
            return t
        }
    }
}
