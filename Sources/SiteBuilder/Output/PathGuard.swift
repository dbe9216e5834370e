import ParaReadyCore

/// Keeps every output path inside the output folder, whatever a slug, alias, file name or plugin says.
///
/// A path is accepted only when it is relative (a leading `/` means the site root and is dropped), made of
/// non-empty segments that are not `.` or `..`, and free of backslashes, NULs and control characters, `%`, `?`,
/// `#` and `:`. Nothing is resolved against the file system, so a symbolic link cannot take a write elsewhere
/// either (the staging folder is created fresh by the builder).
enum PathGuard {
    /// Checks a slug: one URL segment.
    static func slug(_ slug: String, at location: SourceLocation) throws(ParaReadyError) -> String {
        if slug.contains("/") {
            throw ParaReadyError(
                .invalidValue, "slug '\(printable(slug))' must be a single URL segment (no '/')", at: location)
        }
        let segments = try segmentsOf(slug, what: "slug", at: location)
        guard segments.count == 1 else {
            throw ParaReadyError(.invalidValue, "slug must not be empty", at: location)
        }
        return segments[0]
    }

    /// Checks a site path (`/old/page/`, `reports/x/`) and returns it normalised: leading and trailing `/`.
    static func sitePath(_ path: String, what: String, at location: SourceLocation) throws(ParaReadyError) -> String {
        let segments = try segmentsOf(path, what: what, at: location)
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    /// Checks a file path below the output root (`updates/atom.xml`) and returns it without a leading `/`.
    static func filePath(_ path: String, what: String, at location: SourceLocation) throws(ParaReadyError) -> String {
        let segments = try segmentsOf(path, what: what, at: location)
        guard !segments.isEmpty, !path.hasSuffix("/") else {
            throw ParaReadyError(.invalidValue, "\(what) '\(printable(path))' does not name a file", at: location)
        }
        return segments.joined(separator: "/")
    }

    private static func segmentsOf(
        _ path: String, what: String, at location: SourceLocation
    ) throws(ParaReadyError) -> [String] {
        func refuse(_ why: String) -> ParaReadyError {
            ParaReadyError(.invalidValue, "\(what) '\(printable(path))' \(why)", at: location)
        }
        for scalar in path.unicodeScalars {
            switch scalar.value {
            case 0: throw refuse("contains a NUL character")
            case 0x5C: throw refuse("contains a backslash")
            case 0x01...0x1F, 0x7F: throw refuse("contains a control character")
            case 0x25: throw refuse("contains '%' (write the character itself, not a percent escape)")
            case 0x3F, 0x23: throw refuse("contains '?' or '#'")
            case 0x3A: throw refuse("contains ':' (an absolute URL or a drive letter is not a path)")
            default: break
            }
        }
        if path.hasPrefix("//") { throw refuse("starts with '//'") }
        var body = Substring(path)
        if body.hasPrefix("/") { body = body.dropFirst() }
        if body.hasSuffix("/") { body = body.dropLast() }
        if body.isEmpty { return [] }
        var segments: [String] = []
        for segment in body.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty { throw refuse("has an empty segment ('//')") }
            if segment == "." || segment == ".." { throw refuse("has a '\(segment)' segment") }
            if segment.allSatisfy({ $0 == "." }) { throw refuse("has a segment made only of dots") }
            segments.append(String(segment))
        }
        return segments
    }

    /// The path with control characters shown as escapes, for messages.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
