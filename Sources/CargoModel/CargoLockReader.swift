import ParaReadyCore

/// A reader for lock files in the layout Cargo writes (v2–v4): `version = N`, then `[[package]]` tables whose
/// keys are `name`, `version`, `source`, `checksum` and a `dependencies` array with one string per line.
///
/// A parachain's `Cargo.lock` lists 1,000–2,000 packages (400 kB–1 MB), and reading it through the general TOML
/// parser, the key index and the node tree took tens of milliseconds on the critical path of every `inspect`.
/// This reader makes one pass over the bytes. It accepts only what it fully understands: anything else (escapes
/// or literal strings, inline tables, a v1 `[metadata]` table, `[[patch.unused]]`, unknown or repeated keys,
/// comments after values, CR line endings) makes it return nil, and the caller parses the file the general way,
/// which also reports any error with its location. When it accepts, the result equals the general one (tested
/// on every fixture and on generated files).
struct CargoLockReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let displayPath: String
    private var offset = 0
    private var line = 1
    /// Sources repeat across packages (most come from one registry): each distinct string is parsed once.
    private var sources: [String: LockSource] = [:]

    private init(bytes: UnsafeBufferPointer<UInt8>, displayPath: String) {
        self.bytes = bytes
        self.displayPath = displayPath
    }

    /// The lock in `text`, or nil when the text is not in the layout this reader accepts.
    static func read(_ text: String, displayPath: String) -> CargoLock? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = CargoLockReader(bytes: bytes, displayPath: displayPath)
            return reader.lock()
        }
    }

    private struct PackageFields {
        var name: (value: String, line: Int, column: Int)?
        var version: (value: String, line: Int, column: Int)?
        var source: (value: String, line: Int, column: Int)?
        var checksum: String?
        var dependencies: [String]?
    }

    private mutating func lock() -> CargoLock? {
        var formatVersion: Int?
        var packages: [LockedPackage] = []
        var current: PackageFields?
        func finish(_ fields: PackageFields?) -> Bool {
            guard let fields else { return true }
            guard let name = fields.name, let version = fields.version else { return false }
            packages.append(
                LockedPackage(
                    name: name.value, version: version.value,
                    source: fields.source.map { source($0.value) }, checksum: fields.checksum,
                    dependencies: (fields.dependencies ?? []).compactMap { LockedPackage.Reference(parsing: $0) },
                    location: SourceLocation(file: displayPath, line: name.line, column: name.column),
                    versionLocation: SourceLocation(file: displayPath, line: version.line, column: version.column),
                    sourceLocation: fields.source.map {
                        SourceLocation(file: displayPath, line: $0.line, column: $0.column)
                    }))
            return true
        }
        while offset < bytes.count {
            let indent = skipSpaces()
            guard offset < bytes.count else { break }
            switch bytes[offset] {
            case 0x0A:
                nextLine()
            case 0x23:  // a comment line
                while offset < bytes.count && bytes[offset] != 0x0A {
                    guard (bytes[offset] >= 0x20 || bytes[offset] == 0x09) && bytes[offset] != 0x7F else { return nil }
                    offset += 1
                }
            case 0x5B:  // `[`: only `[[package]]` is accepted
                guard expect("[[package]]"), endOfLine() else { return nil }
                guard finish(current) else { return nil }
                current = PackageFields()
            default:
                let column = indent + 1
                let keyLine = line
                guard let key = bareKey() else { return nil }
                skipSpaces()
                guard consume(0x3D) else { return nil }
                skipSpaces()
                guard var fields = current else {
                    // Before the first table only the format version is accepted.
                    guard key == "version", formatVersion == nil, let number = integer(), endOfLine() else {
                        return nil
                    }
                    formatVersion = number
                    continue
                }
                switch key {
                case "name", "version", "source":
                    guard let value = string(), endOfLine() else { return nil }
                    let entry = (value, keyLine, column)
                    if key == "name" {
                        guard fields.name == nil else { return nil }
                        fields.name = entry
                    } else if key == "version" {
                        guard fields.version == nil else { return nil }
                        fields.version = entry
                    } else {
                        guard fields.source == nil else { return nil }
                        fields.source = entry
                    }
                case "checksum":
                    guard fields.checksum == nil, let value = string(), endOfLine() else { return nil }
                    fields.checksum = value
                case "dependencies":
                    guard fields.dependencies == nil, let values = stringArray() else { return nil }
                    fields.dependencies = values
                default:
                    return nil
                }
                current = fields
            }
        }
        guard finish(current) else { return nil }
        // As the general reader decides: no `version` key and no `[metadata]` leaves v2 (checksums) or unknown.
        let version = formatVersion ?? (packages.contains { $0.checksum != nil } ? 2 : nil)
        return CargoLock(path: displayPath, formatVersion: version, packages: packages)
    }

    private mutating func source(_ raw: String) -> LockSource {
        if let known = sources[raw] { return known }
        let parsed = LockSource(parsing: raw)
        sources[raw] = parsed
        return parsed
    }

    private mutating func nextLine() {
        offset += 1
        line += 1
    }

    /// Skips spaces and tabs; returns how many.
    @discardableResult
    private mutating func skipSpaces() -> Int {
        let start = offset
        while offset < bytes.count && (bytes[offset] == 0x20 || bytes[offset] == 0x09) { offset += 1 }
        return offset - start
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func expect(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
        offset += count
        return true
    }

    /// Trailing spaces, then a newline (consumed) or the end of the text.
    private mutating func endOfLine() -> Bool {
        skipSpaces()
        if offset == bytes.count { return true }
        guard bytes[offset] == 0x0A else { return false }
        nextLine()
        return true
    }

    private mutating func bareKey() -> String? {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            let isKeyByte =
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F || byte == 0x2D
            guard isKeyByte else { break }
            offset += 1
        }
        guard offset > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// A decimal integer without sign, underscores or leading zeros.
    private mutating func integer() -> Int? {
        let start = offset
        var value = 0
        while offset < bytes.count, bytes[offset] >= 0x30 && bytes[offset] <= 0x39 {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product + Int(bytes[offset] - 0x30)
            offset += 1
        }
        let digits = offset - start
        guard digits > 0, digits == 1 || bytes[start] != 0x30 else { return nil }
        return value
    }

    /// A basic string without escapes or control characters (the text is valid UTF-8 already).
    private mutating func string() -> String? {
        guard consume(0x22) else { return nil }
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x22 { break }
            guard byte != 0x5C, byte >= 0x20 || byte == 0x09, byte != 0x7F else { return nil }
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        offset += 1
        return value
    }

    /// `[` then strings, one per line or on the opening line, separated by commas (a trailing one allowed), then
    /// `]` and the end of the line.
    private mutating func stringArray() -> [String]? {
        guard consume(0x5B) else { return nil }
        var values: [String] = []
        var needsComma = false
        while true {
            skipSpaces()
            guard offset < bytes.count else { return nil }
            switch bytes[offset] {
            case 0x0A:
                nextLine()
            case 0x5D:
                offset += 1
                return endOfLine() ? values : nil
            case 0x2C:
                guard needsComma else { return nil }
                needsComma = false
                offset += 1
            case 0x22:
                guard !needsComma, let value = string() else { return nil }
                values.append(value)
                needsComma = true
            default:
                return nil
            }
        }
    }
}
