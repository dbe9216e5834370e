import ParaReadyCore
import Yams

/// Turns a page's YAML front matter into a typed `FrontMatter`, naming file:line:column for every mistake.
///
/// Positions are file positions: the YAML block's line plus the line the block starts on. Plain scalars are typed
/// here (not through Yams' regular-expression resolver): `true`/`false`, integers, floats, `null`/`~`, and dates
/// (`YYYY-MM-DD`, RFC 3339); quoted scalars are always strings.
enum FrontMatterParser {
    static func parse(_ block: FrontMatterSplit, file: String) throws(ParaReadyError) -> FrontMatter {
        var front = FrontMatter()
        guard !block.yaml.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { return front }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: block.yaml) else { return front }
            root = node
        } catch let error as YamlError {
            throw yamlError(error, file: file, block: block)
        } catch {
            throw ParaReadyError(.syntax, "front matter is not valid YAML", file: file, causes: ["\(error)"])
        }
        guard case .mapping(let mapping) = root else {
            throw located(root, "front matter must be a mapping of keys to values", file: file, block: block)
        }
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                throw located(keyNode, "front matter keys must be plain names", file: file, block: block)
            }
            let key = keyScalar.string
            guard seen.insert(key).inserted else {
                throw located(keyNode, "duplicate front matter key '\(key)'", file: file, block: block)
            }
            front.locations[key] = location(value, file: file, block: block)
            func fail(_ message: String) -> ParaReadyError {
                located(value, message, file: file, block: block)
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
                if case .sequence(let sequence) = value {
                    for (i, element) in sequence.enumerated() {
                        front.locations["aliases.\(i)"] = location(element, file: file, block: block)
                    }
                }
            case "draft":
                guard case .scalar(let s) = value, s.style == .plain, let flag = boolean(s.string) else {
                    throw fail("'draft' must be true or false")
                }
                front.draft = flag
            case "weight", "order":
                guard case .scalar(let s) = value, s.style == .plain, let number = Int(s.string) else {
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
        _ node: Node, _ key: String, _ fail: (String) -> ParaReadyError
    ) throws(ParaReadyError) -> String {
        guard case .scalar(let scalar) = node else { throw fail("'\(key)' must be a single value, not a list or map") }
        return scalar.string
    }

    private static func list(
        _ node: Node, _ key: String, _ fail: (String) -> ParaReadyError
    ) throws(ParaReadyError) -> [String] {
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            var out: [String] = []
            for element in sequence {
                guard case .scalar(let scalar) = element else {
                    throw fail("'\(key)' must be a list of plain values")
                }
                out.append(scalar.string)
            }
            return out
        default:
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

    /// A YAML node as a `SiteValue`, typing plain scalars by their text.
    static func convert(_ node: Node) -> SiteValue {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            if scalar.style != .plain { return .string(text) }
            return plainScalar(text)
        case .sequence(let sequence):
            return .array(sequence.map(convert))
        case .mapping(let mapping):
            var object: [String: SiteValue] = [:]
            for (key, value) in mapping {
                if case .scalar(let k) = key { object[k.string] = convert(value) }
            }
            return .object(object)
        case .alias:
            return .null
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
