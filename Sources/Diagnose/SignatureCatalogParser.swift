import Markdown
import ParaReadyCore
import Yams

/// Reads signature data from YAML, naming file:line:column for every mistake.
enum SignatureCatalogParser {
    static func parse(yaml: String, yamlStartLine: Int, path: String) throws(ParaReadyError) -> SignatureCatalog {
        let context = Context(path: path, yamlStartLine: yamlStartLine)
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw ParaReadyError(.syntax, "the signature data is empty", file: path)
            }
            root = composed
        } catch let error as ParaReadyError {
            throw error
        } catch let error as YamlError {
            throw context.yamlError(error)
        } catch {
            throw ParaReadyError(.syntax, "the signature data is not valid YAML", file: path, causes: ["\(error)"])
        }
        let top = try context.mapping(root, "the front matter")
        guard let list = top[Node("signatures")] else {
            throw ParaReadyError(
                .invalidValue, "no 'signatures' list", at: SourceLocation(file: path, line: yamlStartLine))
        }
        var echoMarkers: [String] = []
        var echoWithin = 50
        if let echo = top[Node("logEchoes")] {
            let map = try context.mapping(echo, "'logEchoes'")
            echoMarkers = try context.strings(map, "markers", in: echo) ?? []
            echoWithin = try context.int(map, "withinLines", in: echo) ?? echoWithin
        }
        var anchor = "Imported #"
        if let imports = top[Node("blockImports")] {
            let map = try context.mapping(imports, "'blockImports'")
            anchor = try context.string(map, "anchor", in: imports) ?? anchor
        }
        guard let entries = list.sequence else { throw context.error(list, "'signatures' must be a list") }
        var signatures: [Signature] = []
        var seenTitles: Set<String> = []
        var seenIDs: Set<String> = []
        for entry in entries {
            let signature = try signatureEntry(entry, context)
            guard seenIDs.insert(signature.id).inserted else {
                throw context.error(entry, "signature id '\(signature.id)' is used twice")
            }
            guard seenTitles.insert(signature.title).inserted else {
                throw context.error(entry, "signature title '\(signature.title)' is used twice")
            }
            signatures.append(signature)
        }
        for (index, entry) in entries.enumerated() {
            for root in signatures[index].follows where !seenIDs.contains(root) {
                throw context.error(entry, "'follows' names unknown signature '\(root)'")
            }
        }
        return SignatureCatalog(
            signatures: signatures, echoMarkers: echoMarkers, echoWithinLines: echoWithin, blockImportAnchor: anchor)
    }

    private static func signatureEntry(_ node: Node, _ context: Context) throws(ParaReadyError) -> Signature {
        let map = try context.mapping(node, "a signature")
        func required(_ key: String) throws(ParaReadyError) -> String {
            guard let value = try context.string(map, key, in: node) else {
                throw context.error(node, "signature lacks '\(key)'")
            }
            return value
        }
        let id = try required("id")
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), !id.isEmpty else {
            throw context.error(map[Node("id")]!, "id '\(id)' must be lower-case words joined by '-'")
        }
        let title = try required("title")
        let detectionText = try required("detection")
        guard let detection = Signature.Detection(rawValue: detectionText) else {
            throw context.error(
                map[Node("detection")]!,
                "'detection' must be log, block-intervals or guide-only, not '\(detectionText)'"
            )
        }
        let level = try context.level(map, "level", in: node) ?? .error
        var patterns: [SignaturePattern] = []
        if let list = map[Node("patterns")] {
            guard let items = list.sequence else { throw context.error(list, "'patterns' must be a list") }
            for item in items { patterns.append(try pattern(item, context)) }
        }
        var intervals: IntervalRule?
        if let rule = map[Node("intervals")] {
            let ruleMap = try context.mapping(rule, "'intervals'")
            guard let atLeast = try context.int(ruleMap, "atLeastMs", in: rule) else {
                throw context.error(rule, "'intervals' lacks 'atLeastMs'")
            }
            let share = try context.double(ruleMap, "minShare", in: rule) ?? 0
            let samples = try context.int(ruleMap, "minSamples", in: rule) ?? 10
            intervals = IntervalRule(atLeastMs: atLeast, minShare: share, minSamples: samples)
        }
        switch detection {
        case .log where patterns.isEmpty:
            throw context.error(node, "a 'log' signature needs 'patterns'")
        case .blockIntervals where intervals == nil:
            throw context.error(node, "a 'block-intervals' signature needs 'intervals'")
        case .guideOnly where !patterns.isEmpty || intervals != nil:
            throw context.error(node, "a 'guide-only' signature has no 'patterns' or 'intervals'")
        default: break
        }
        var hints: [FactHint] = []
        if let list = map[Node("facts")] {
            guard let items = list.sequence else { throw context.error(list, "'facts' must be a list") }
            for item in items {
                let hintMap = try context.mapping(item, "a fact hint")
                guard let when = try context.string(hintMap, "when", in: item),
                    let says = try context.string(hintMap, "says", in: item)
                else { throw context.error(item, "a fact hint needs 'when' and 'says'") }
                do {
                    hints.append(try FactHint(condition: FactCondition(when), says: says))
                } catch {
                    throw context.error(item, error.message)
                }
            }
        }
        let items = try context.strings(map, "items", in: node) ?? []
        guard !items.isEmpty else { throw context.error(node, "signature '\(id)' lists no checklist 'items'") }
        return Signature(
            id: id, title: title, detection: detection, level: level, patterns: patterns, intervals: intervals,
            cause: try required("cause"), fix: try required("fix"), items: items,
            follows: try context.strings(map, "follows", in: node) ?? [],
            followsWithinLines: try context.int(map, "followsWithinLines", in: node) ?? 200, facts: hints,
            guide: "guides/troubleshooting.md#" + SlugGenerator.slug(title))
    }

    private static func pattern(_ node: Node, _ context: Context) throws(ParaReadyError) -> SignaturePattern {
        do {
            if let scalar = node.scalar { return try SignaturePattern(.text(scalar.string)) }
            let map = try context.mapping(node, "a pattern")
            let note = try context.string(map, "note", in: node)
            let level = try context.level(map, "level", in: node)
            let anchor = try context.string(map, "anchor", in: node)
            if let text = try context.string(map, "text", in: node) {
                return try SignaturePattern(.text(text), anchor: anchor, note: note, level: level)
            }
            if let regex = try context.string(map, "regex", in: node) {
                return try SignaturePattern(.regex(regex), anchor: anchor, note: note, level: level)
            }
            throw context.error(node, "a pattern is a text, or a mapping with 'text' or 'regex'")
        } catch let error as PatternError {
            throw context.error(node, error.message)
        } catch let error as ParaReadyError {
            throw error
        } catch {
            throw context.error(node, "\(error)")
        }
    }

    /// File, line offset and helpers that turn YAML nodes into values or located errors.
    struct Context {
        let path: String
        let yamlStartLine: Int

        func error(_ node: Node, _ message: String) -> ParaReadyError {
            let mark = node.mark
            return ParaReadyError(
                .invalidValue, message,
                at: SourceLocation(
                    file: path, line: yamlStartLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1))
        }

        func yamlError(_ error: YamlError) -> ParaReadyError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
                return ParaReadyError(
                    .syntax, "the signature data is not valid YAML: \(problem)",
                    at: SourceLocation(file: path, line: yamlStartLine + mark.line - 1, column: mark.column))
            default:
                return ParaReadyError(.syntax, "the signature data is not valid YAML", file: path, causes: ["\(error)"])
            }
        }

        func mapping(_ node: Node, _ what: String) throws(ParaReadyError) -> Node.Mapping {
            guard let map = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
            return map
        }

        func string(_ map: Node.Mapping, _ key: String, in parent: Node) throws(ParaReadyError) -> String? {
            guard let value = map[Node(key)] else { return nil }
            guard let scalar = value.scalar else { throw error(value, "'\(key)' must be a single value") }
            return scalar.string
        }

        func int(_ map: Node.Mapping, _ key: String, in parent: Node) throws(ParaReadyError) -> Int? {
            guard let text = try string(map, key, in: parent) else { return nil }
            guard let number = Int(text), number >= 0 else {
                throw error(map[Node(key)]!, "'\(key)' must be a whole number, not '\(text)'")
            }
            return number
        }

        func double(_ map: Node.Mapping, _ key: String, in parent: Node) throws(ParaReadyError) -> Double? {
            guard let text = try string(map, key, in: parent) else { return nil }
            guard let number = Double(text), number >= 0, number <= 1 else {
                throw error(map[Node(key)]!, "'\(key)' must be a number from 0 to 1, not '\(text)'")
            }
            return number
        }

        func strings(_ map: Node.Mapping, _ key: String, in parent: Node) throws(ParaReadyError) -> [String]? {
            guard let value = map[Node(key)] else { return nil }
            guard let items = value.sequence else { throw error(value, "'\(key)' must be a list") }
            var out: [String] = []
            for item in items {
                guard let scalar = item.scalar else { throw error(item, "'\(key)' must list single values") }
                out.append(scalar.string)
            }
            return out
        }

        func level(_ map: Node.Mapping, _ key: String, in parent: Node) throws(ParaReadyError) -> Signature.Level? {
            guard let text = try string(map, key, in: parent) else { return nil }
            guard let level = Signature.Level(rawValue: text) else {
                throw error(map[Node(key)]!, "'\(key)' must be error, warning or info, not '\(text)'")
            }
            return level
        }
    }
}
