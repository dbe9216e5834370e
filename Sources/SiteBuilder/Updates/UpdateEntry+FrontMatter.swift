import Foundation
import ParaReadyCore
import Yams

extension UpdateEntry {
    /// The front matter keys an update may have.
    static let knownKeys: Set<String> = [
        "title", "date", "updated", "authors", "tags", "milestones", "source", "approximate", "draft",
    ]

    /// Parses and validates `content/updates/YYYY-MM-DD-slug.md`.
    ///
    /// Errors name `file:line:column` of the offending value (file line = front matter start + YAML line).
    /// Unknown tags and keys are warnings, returned alongside the entry.
    public static func parse(
        _ text: String, path: String, fileName: String? = nil
    ) throws(ParaReadyError) -> (entry: UpdateEntry, warnings: [UpdateWarning]) {
        let split = try FrontMatterText(text, path: path)
        let name = fileName ?? String(path.split(separator: "/").last ?? Substring(path))
        let reader = FrontMatterReader(path: path, lineOffset: split.yamlFirstLine - 1)
        let root = try reader.compose(split.yaml)
        guard let mapping = root?.mapping else {
            throw ParaReadyError(
                .invalidValue, "front matter must be a YAML mapping (`key: value` lines)",
                at: reader.location(root?.mark, fallbackLine: split.yamlFirstLine))
        }
        var warnings: [UpdateWarning] = []
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let keyText = key.scalar?.string else {
                throw ParaReadyError(.invalidValue, "front matter keys must be plain words", at: reader.location(key))
            }
            if !knownKeys.contains(keyText) {
                warnings.append(
                    UpdateWarning(
                        "unknown front matter key `\(keyText)` (known: \(knownKeys.sorted().joined(separator: ", ")))",
                        at: reader.location(key)))
            }
            values[keyText] = value
        }
        let mappingLocation = reader.location(mapping.mark, fallbackLine: split.yamlFirstLine)
        func required(_ key: String) throws(ParaReadyError) -> Node {
            guard let node = values[key] else {
                throw ParaReadyError(.invalidValue, "missing `\(key)` in front matter", at: mappingLocation)
            }
            return node
        }

        let title = try reader.nonEmptyString(try required("title"), "title")
        let dateNode = try required("date")
        let date = try reader.date(dateNode, "date")
        let updated = try values["updated"].map { node throws(ParaReadyError) in try reader.date(node, "updated") }
        if let updated, updated < date {
            throw ParaReadyError(
                .invalidValue, "`updated` (\(updated)) is earlier than `date` (\(date))",
                at: reader.location(values["updated"]!))
        }

        let slug = try Self.slug(fileName: name, date: date, dateNode: dateNode, reader: reader)
        let authors = try values["authors"].map { node throws(ParaReadyError) in try reader.strings(node, "authors") }
        var tags: [String] = []
        if let tagsNode = values["tags"] {
            for (tagNode, raw) in try reader.stringNodes(tagsNode, "tags") {
                let tag = raw.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
                guard Self.isTagSlug(tag) else {
                    throw ParaReadyError(
                        .invalidValue, "tag `\(raw)` must be letters, digits and hyphens", at: reader.location(tagNode))
                }
                if tags.contains(tag) {
                    warnings.append(UpdateWarning("tag `\(tag)` is listed twice", at: reader.location(tagNode)))
                    continue
                }
                if !UpdateVocabulary.known.contains(tag) {
                    warnings.append(
                        UpdateWarning(
                            "unknown tag `\(tag)` (networks: \(UpdateVocabulary.networks.joined(separator: ", ")); "
                                + "audiences: \(UpdateVocabulary.audiences.joined(separator: ", ")))",
                            at: reader.location(tagNode)))
                }
                tags.append(tag)
            }
        }
        let milestones = try values["milestones"].map { node throws(ParaReadyError) in
            try reader.milestones(node)
        }
        let source = try values["source"].map { node throws(ParaReadyError) in
            let url = try reader.nonEmptyString(node, "source")
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw ParaReadyError(.invalidValue, "`source` must be an http(s) URL", at: reader.location(node))
            }
            return url
        }
        let approximate = try values["approximate"].map { node throws(ParaReadyError) in
            try reader.bool(node, "approximate")
        }
        let entry = UpdateEntry(
            slug: slug, path: path, title: title, date: date, updated: updated, authors: authors ?? [],
            tags: UpdateVocabulary.sorted(tags), milestones: milestones ?? [], source: source,
            approximate: approximate ?? false, body: split.body, bodyLine: split.bodyFirstLine)
        return (
            entry, warnings.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        )
    }

    /// Checks `YYYY-MM-DD-slug.md` and that its day agrees with `date`; returns the stem.
    static func slug(
        fileName: String, date: ContentDate, dateNode: Node, reader: FrontMatterReader
    ) throws(ParaReadyError) -> String {
        guard fileName.hasSuffix(".md") else {
            throw ParaReadyError(.invalidValue, "an update file must end in `.md`", file: reader.path)
        }
        let stem = String(fileName.dropLast(3))
        let prefix = stem.prefix(10)
        let rest = stem.dropFirst(10)
        guard let fileDay = ContentDate(iso: prefix), rest.hasPrefix("-"), Self.isTagSlug(String(rest.dropFirst()))
        else {
            throw ParaReadyError(
                .invalidValue,
                "an update file must be named YYYY-MM-DD-slug.md (lower-case letters, digits, hyphens), not \(fileName)",
                file: reader.path)
        }
        guard fileDay == date.day else {
            throw ParaReadyError(
                .invalidValue, "`date` \(date) does not match the file name's day \(fileDay.isoDay)",
                at: reader.location(dateNode))
        }
        return stem
    }

    static func isTagSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// Typed reads from a Yams node tree, with errors at the node's file position.
struct FrontMatterReader {
    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int

    func compose(_ yaml: String) throws(ParaReadyError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlError(error)
        } catch {
            throw ParaReadyError(.syntax, "malformed front matter", file: path, causes: ["\(error)"])
        }
    }

    func yamlError(_ error: YamlError) -> ParaReadyError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var causes = [problem]
            if let context { causes.append("\(context.text) at \(location(context.mark))") }
            return ParaReadyError(.syntax, "malformed YAML front matter", at: location(mark), causes: causes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ParaReadyError(
                .syntax, "duplicate front matter key: \(duplicates.sorted().joined(separator: ", "))",
                at: location(context.mark))
        default:
            return ParaReadyError(.syntax, "malformed YAML front matter", file: path, causes: ["\(error)"])
        }
    }

    func location(_ mark: Mark?, fallbackLine: Int = 1) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: fallbackLine, column: 1) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark, fallbackLine: lineOffset + 1) }

    func string(_ node: Node, _ key: String) throws(ParaReadyError) -> String {
        guard let scalar = node.scalar else {
            throw ParaReadyError(.invalidValue, "`\(key)` must be text", at: location(node))
        }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ key: String) throws(ParaReadyError) -> String {
        let text = try string(node, key).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ParaReadyError(.invalidValue, "`\(key)` is empty", at: location(node)) }
        return text
    }

    func date(_ node: Node, _ key: String) throws(ParaReadyError) -> ContentDate {
        let text = try string(node, key)
        guard let date = ContentDate(iso: text) else {
            throw ParaReadyError(
                .invalidValue, "`\(key)` must be a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ), not `\(text)`",
                at: location(node))
        }
        return date
    }

    func bool(_ node: Node, _ key: String) throws(ParaReadyError) -> Bool {
        switch try string(node, key).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw ParaReadyError(.invalidValue, "`\(key)` must be true or false", at: location(node))
        }
    }

    /// A list of strings, or a single string as a one-element list.
    func stringNodes(_ node: Node, _ key: String) throws(ParaReadyError) -> [(Node, String)] {
        if node.scalar != nil { return [(node, try nonEmptyString(node, key))] }
        guard let sequence = node.sequence else {
            throw ParaReadyError(.invalidValue, "`\(key)` must be a list", at: location(node))
        }
        var result: [(Node, String)] = []
        for item in sequence { result.append((item, try nonEmptyString(item, key))) }
        return result
    }

    func strings(_ node: Node, _ key: String) throws(ParaReadyError) -> [String] {
        try stringNodes(node, key).map(\.1)
    }

    func milestones(_ node: Node) throws(ParaReadyError) -> [Milestone] {
        guard let sequence = node.sequence else {
            throw ParaReadyError(
                .invalidValue, "`milestones` must be a list of {name, network, status, date}", at: location(node))
        }
        var result: [Milestone] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                throw ParaReadyError(
                    .invalidValue, "a milestone must be a mapping {name, network, status, date}", at: location(item))
            }
            var fields: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                guard ["name", "network", "status", "date"].contains(name) else {
                    throw ParaReadyError(
                        .invalidValue, "unknown milestone field `\(name)` (use name, network, status, date)",
                        at: location(key))
                }
                fields[name] = value
            }
            func field(_ name: String) throws(ParaReadyError) -> Node {
                guard let value = fields[name] else {
                    throw ParaReadyError(.invalidValue, "milestone without `\(name)`", at: location(item))
                }
                return value
            }
            let name = try nonEmptyString(try field("name"), "name")
            var network = Milestone.allNetworks
            if let networkNode = fields["network"] {
                network = try nonEmptyString(networkNode, "network").lowercased()
                guard UpdateVocabulary.networks.contains(network) || network == Milestone.allNetworks else {
                    throw ParaReadyError(
                        .invalidValue,
                        "unknown network `\(network)` (use \(UpdateVocabulary.networks.joined(separator: ", ")), "
                            + "or leave it out for a milestone of all networks)",
                        at: location(networkNode))
                }
            }
            let statusNode = try field("status")
            let statusText = try nonEmptyString(statusNode, "status").lowercased()
            guard let status = Milestone.Status(rawValue: statusText) else {
                throw ParaReadyError(
                    .invalidValue,
                    "milestone status must be done, next or blocked, not `\(statusText)`\(Milestone.Status.hint(statusText))",
                    at: location(statusNode))
            }
            let date = try fields["date"].map { node throws(ParaReadyError) in try self.date(node, "date") }
            result.append(Milestone(name: name, network: network, status: status, date: date))
        }
        return result
    }
}
