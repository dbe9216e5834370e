import ParaReadyCore
import TOMLKit

/// ``TOMLParsing`` over TOMLKit (toml++): validation and values come from it, locations of keys do not.
struct TOMLKitParser: TOMLParsing {
    func parse(_ text: String, displayPath: String) throws(ParaReadyError) -> TOMLNode {
        // TOMLKit hands the text to C as a NUL-terminated string: a NUL byte would silently end the document.
        if let nul = Self.firstNUL(in: text) {
            throw ParaReadyError(
                .syntax, "malformed TOML", at: SourceLocation(file: displayPath, line: nul.line, column: nul.column),
                causes: ["NUL character is not allowed in a TOML document"])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            throw ParaReadyError(
                .syntax, "malformed TOML",
                at: SourceLocation(file: displayPath, line: max(begin.line, 1), column: max(begin.column, 1)),
                causes: [error.description])
        } catch {
            throw ParaReadyError(.syntax, "malformed TOML", file: displayPath, causes: ["\(error)"])
        }
        return Self.convert(table)
    }

    private static func firstNUL(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(0) else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\0" { return (line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    private static func convert(_ table: TOMLTable) -> TOMLNode {
        var result: [String: TOMLNode] = [:]
        for (key, value) in table {
            result[key] = convert(value)
        }
        return .table(result)
    }

    private static func convert(_ value: any TOMLValueConvertible) -> TOMLNode {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .date, .time, .dateTime: return .datetime(value.tomlValue.debugDescription)
        case .array:
            guard let array = value.array else { return .array([]) }
            return .array(array.map { convert($0) })
        case .table:
            guard let table = value.table else { return .table([:]) }
            return convert(table)
        }
    }
}
