import ParaReadyCore
import Yams

/// Turns a page's YAML front matter into a typed `FrontMatter`, naming file:line:column for every mistake.
///
/// Positions are file positions: the YAML block's line plus the line the block starts on. Plain scalars are typed
/// here (not through Yams' regular-expression resolver): `true`/`false`, integers, floats, `null`/`~`, and dates
/// (`YYYY-MM-DD`, RFC 3339); quoted scalars are always strings.
enum FrontMatterParser {
    static func parse(_ block: FrontMatterSplit, file: String, fastPath: Bool = true) throws(ParaReadyError)
        -> FrontMatter
    {
        guard !block.yaml.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else {
            return FrontMatter()
        }
        if fastPath, let pairs = SimpleFrontMatterReader.read(block.yaml, firstLine: block.yamlStartLine, file: file) {
            return try interpret(pairs)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: block.yaml) else { return FrontMatter() }
            root = node
        } catch let error as YamlError {
            throw yamlError(error, file: file, block: block)
        } catch {
            throw ParaReadyError(.syntax, "front matter is not valid YAML", file: file, causes: ["\(error)"])
        }
        guard case .mapping(let mapping) = root else {
            throw located(root, "front matter must be a mapping of keys to values", file: file, block: block)
        }
        var pairs: [(key: String, keyAt: SourceLocation, value: YAMLValue)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                throw located(keyNode, "front matter keys must be plain names", file: file, block: block)
            }
            guard seen.insert(keyScalar.string).inserted else {
                throw located(keyNode, "duplicate front matter key '\(keyScalar.string)'", file: file, block: block)
            }
            pairs.append(
                (
                    keyScalar.string, location(keyNode, file: file, block: block),
                    convertNode(value, file: file, block: block)
                ))
        }
        return try interpret(pairs)
    }

    /// A Yams node with file positions.
    static func convertNode(_ node: Node, file: String, block: FrontMatterSplit) -> YAMLValue {
        let at = location(node, file: file, block: block)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, plain: scalar.style == .plain, at: at)
        case .sequence(let sequence):
            return .sequence(sequence.map { convertNode($0, file: file, block: block) }, at: at)
        case .mapping(let mapping):
            var pairs: [(key: String, keyAt: SourceLocation, value: YAMLValue)] = []
            for (key, value) in mapping {
                pairs.append(
                    (
                        key.scalar?.string ?? "", location(key, file: file, block: block),
                        convertNode(value, file: file, block: block)
                    ))
            }
            return .mapping(pairs, at: at)
        case .alias:
            return .scalar("", plain: true, at: at)
        }
    }

    /// Types the known keys and keeps the others.
    static func interpret(
        _ pairs: [(key: String, keyAt: SourceLocation, value: YAMLValue)]
    ) throws(ParaReadyError) -> FrontMatter {
        var front = FrontMatter()
        for (key, _, value) in pairs {
            front.locations[key] = value.location
            func fail(_ message: String) -> ParaReadyError {
                ParaReadyError(.invalidValue, message, at: value.location)
            }
            switch key {
            case "title":
                front.title = try text(value, key, fail)
            case "description":
                front.description = try text(value, key, fail)
            case "date", "updated":
                let raw = try text(value, key, fail)
                guard let date = SiteDate(parsing: raw) else {
                    throw fail(
                        "'\(key)' must be a date (YYYY-MM-DD or RFC 3339, e.g. 2024-04-23T10:00:00Z), not '\(raw)'")
                }
                if key == "date" { front.date = date } else { front.updated = date }
            case "tags":
                front.tags = try list(value, key, fail)
                for (i, tag) in front.tags.enumerated() where tag.isEmpty || TagSlug.slug(tag).isEmpty {
                    throw fail("tag \(i + 1) ('\(tag)') has no letters or digits to make a page name from")
                }
            case "aliases":
                front.aliases = try list(value, key, fail)
                if case .sequence(let sequence, _) = value {
                    for (i, element) in sequence.enumerated() { front.locations["aliases.\(i)"] = element.location }
                }
            case "draft":
                guard case .scalar(let s, true, _) = value, let flag = boolean(s) else {
                    throw fail("'draft' must be true or false")
                }
                front.draft = flag
            case "weight", "order":
                guard case .scalar(let s, true, _) = value, let number = Int(s) else {
                    throw fail("'\(key)' must be a whole number")
                }
                if key == "weight" || front.weight == nil { front.weight = number }
                if key == "order" { front.extra[key] = .int(number) }
            case "slug":
                front.slug = try text(value, key, fail)
            case "layout":
                let name = try text(value, key, fail)
                guard !name.isEmpty,
                    name.unicodeScalars.allSatisfy({
                        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                            || $0 == "_" || $0 == "/"
                    }), !name.hasPrefix("/"), !name.contains("//")
                else {
                    throw fail("'layout' must be a template name (letters, digits, '-', '_', '/'), not '\(name)'")
                }
                front.layout = name
            default:
                front.extra[key] = convert(value)
            }
        }
        return front
    }

    // MARK: Typed readers

    private static func text(
        _ value: YAMLValue, _ key: String, _ fail: (String) -> ParaReadyError
    ) throws(ParaReadyError) -> String {
        guard case .scalar(let text, _, _) = value else {
            throw fail("'\(key)' must be a single value, not a list or map")
        }
        return text
    }

    private static func list(
        _ value: YAMLValue, _ key: String, _ fail: (String) -> ParaReadyError
    ) throws(ParaReadyError) -> [String] {
        switch value {
        case .scalar(let text, _, _):
            return text.isEmpty ? [] : [text]
        case .sequence(let elements, _):
            var out: [String] = []
            for element in elements {
                guard case .scalar(let text, _, _) = element else {
                    throw fail("'\(key)' must be a list of plain values")
                }
                out.append(text)
            }
            return out
        case .mapping:
            throw fail("'\(key)' must be a list")
        }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// A YAML value as a `SiteValue`, typing plain scalars by their text.
    static func convert(_ value: YAMLValue) -> SiteValue {
        switch value {
        case .scalar(let text, let plain, _):
            return plain ? plainScalar(text) : .string(text)
        case .sequence(let elements, _):
            return .array(elements.map(convert))
        case .mapping(let pairs, _):
            var object: [String: SiteValue] = [:]
            for pair in pairs { object[pair.key] = convert(pair.value) }
            return .object(object)
        }
    }

    static func plainScalar(_ text: String) -> SiteValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let first = text.utf8.first, (first >= 0x30 && first <= 0x39) || first == 0x2D || first == 0x2B {
            if let int = Int(text) { return .int(int) }
            if text.utf8.count >= 10, let date = SiteDate(parsing: text) { return .date(date) }
            if text.contains("."), let double = Double(text), double.isFinite { return .double(double) }
        }
        return .string(text)
    }

    // MARK: Positions

    static func location(_ node: Node, file: String, block: FrontMatterSplit) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: block.yamlStartLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1)
    }

    static func located(_ node: Node, _ message: String, file: String, block: FrontMatterSplit) -> ParaReadyError {
        ParaReadyError(.invalidValue, message, at: location(node, file: file, block: block))
    }

    static func yamlError(_ error: YamlError, file: String, block: FrontMatterSplit) -> ParaReadyError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var causes: [String] = []
            if let context {
                causes.append("\(context.text) (at file line \(block.yamlStartLine + context.mark.line - 1))")
            }
            return ParaReadyError(
                .syntax, "front matter is not valid YAML: \(problem)",
                at: SourceLocation(file: file, line: block.yamlStartLine + mark.line - 1, column: mark.column),
                causes: causes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ParaReadyError(
                .syntax, "duplicate front matter key '\(duplicates.sorted().joined(separator: "', '"))'",
                at: SourceLocation(
                    file: file, line: block.yamlStartLine + context.mark.line - 1, column: context.mark.column))
        default:
            return ParaReadyError(.syntax, "front matter is not valid YAML", file: file, causes: ["\(error)"])
        }
    }
}
