import Foundation

/// Reads text files the way every command of the tool must: UTF-8 or a located error, never a crash.
public enum TextFile {
    /// Reads `path` as UTF-8. `displayPath` is how the error names the file (relative to what the user gave).
    public static func read(_ path: String, displayPath: String? = nil) throws(ParaReadyError) -> String {
        let shown = displayPath ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ParaReadyError(.io, "no such file", file: shown)
        }
        if isDirectory.boolValue {
            throw ParaReadyError(.io, "is a directory, expected a file", file: shown)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParaReadyError(.io, "cannot read file (permission denied?)", file: shown)
        }
        return try decode(data, displayPath: shown)
    }

    /// Decodes bytes as UTF-8, naming the line and column of the first invalid byte.
    public static func decode(_ data: Data, displayPath: String) throws(ParaReadyError) -> String {
        if let text = String(validatingUTF8Data: data) { return text }
        var line = 1
        var column = 1
        var index = 0
        let bytes = [UInt8](data)
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 {
                throw ParaReadyError(
                    .encoding, "file is not valid UTF-8 (byte 0x\(String(bytes[index], radix: 16)))",
                    at: SourceLocation(file: displayPath, line: line, column: column))
            }
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        throw ParaReadyError(.encoding, "file is not valid UTF-8", file: displayPath)
    }

    private static func utf8SequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0:
            return i + 1 < b.count && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED:
            return i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xF0:
            return i + 1 < b.count && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return i + 1 < b.count && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}

extension String {
    /// Strict UTF-8 decoding: nil instead of replacement characters.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}
