import ParaReadyCore
import Yams

/// Reads one checklist document's front matter, naming file:line:column for every mistake.
enum ChecklistDocumentParser {
    static func parse(_ text: String, path: String) throws(ParaReadyError) -> ChecklistItem {
        let block = try FrontMatterBlock.split(text, file: path)
        guard !block.yaml.isEmpty else {
            throw ParaReadyError(.syntax, "checklist document has no front matter", file: path)
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: block.yaml) else {
                throw ParaReadyError(.syntax, "front matter is empty", file: path)
            }
            node = composed
        } catch let error as ParaReadyError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, path: path, block: block)
        } catch {
            throw ParaReadyError(.syntax, "front matter is not valid YAML", file: path, causes: ["\(error)"])
        }
        guard let mapping = node.mapping else {
            throw located(node, "front matter must be a mapping of keys to values", path: path, block: block)
        }
        func string(_ key: String, required: Bool = true) throws(ParaReadyError) -> String? {
            guard let value = mapping[Node(key)] else {
                if required {
                    throw ParaReadyError(
                        .invalidValue, "front matter lacks '\(key)'",
                        at: SourceLocation(file: path, line: block.yamlStartLine, column: 1))
                }
                return nil
            }
            guard let scalar = value.scalar else {
                throw located(value, "'\(key)' must be a single value", path: path, block: block)
            }
            return scalar.string
        }
        func choice<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(ParaReadyError) -> T
        where T.RawValue == String {
            let raw = try string(key)!
            guard let value = T(rawValue: raw) else {
                throw located(mapping[Node(key)]!, "'\(key)' has unknown value '\(raw)'", path: path, block: block)
            }
            return value
        }
        let id = try string("id")!
        let expectedName = path.split(separator: "/").last.map { String($0.dropLast(3)) }
        if let expectedName, expectedName != id {
            throw located(
                mapping[Node("id")]!, "id '\(id)' does not match the file name '\(expectedName).md'", path: path,
                block: block)
        }
        let orderText = try string("order")!
        guard let order = Int(orderText) else {
            throw located(
                mapping[Node("order")]!, "'order' must be a whole number, not '\(orderText)'", path: path, block: block)
        }
        var symbols: [String] = []
        if let value = mapping[Node("symbols")] {
            guard let sequence = value.sequence else {
                throw located(value, "'symbols' must be a list", path: path, block: block)
            }
            symbols = sequence.compactMap(\.scalar?.string)
        }
        let consensus = try string("consensus", required: false) ?? "any"
        guard consensus == "aura" || consensus == "any" else {
            throw located(mapping[Node("consensus")]!, "'consensus' must be 'aura' or 'any'", path: path, block: block)
        }
        return ChecklistItem(
            id: id, title: try string("title")!, phase: try choice("phase", ChecklistItem.Phase.self), order: order,
            severity: try choice("severity", ChecklistItem.Severity.self),
            appliesTo: try choice("applies-to", ChecklistItem.Subject.self), auraOnly: consensus == "aura",
            symbols: symbols, since: try string("since", required: false), guide: try string("guide", required: false),
            body: block.body, path: path)
    }

    static func located(_ node: Node, _ message: String, path: String, block: FrontMatterBlock) -> ParaReadyError {
        let mark = node.mark
        return ParaReadyError(
            .invalidValue, message,
            at: SourceLocation(
                file: path, line: block.yamlStartLine + (mark?.line ?? 1) - 1,
                column: mark?.column ?? 1))
    }

    static func yamlError(_ error: YamlError, path: String, block: FrontMatterBlock) -> ParaReadyError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ParaReadyError(
                .syntax, "front matter is not valid YAML: \(problem)",
                at: SourceLocation(file: path, line: block.yamlStartLine + mark.line - 1, column: mark.column))
        default:
            return ParaReadyError(.syntax, "front matter is not valid YAML", file: path, causes: ["\(error)"])
        }
    }
}
