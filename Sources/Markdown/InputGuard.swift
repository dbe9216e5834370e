import ParaReadyCore

/// Bounds the time cmark-gfm can spend on untrusted input.
///
/// Debian's cmark-gfm 0.29.0.gfm.6 predates the 2023 fixes for several quadratic-time inputs. Before an untrusted
/// document is parsed, one linear pre-scan (`InputScanner`) estimates the work of each known slow loop; a document
/// over any limit is rejected with the shape's name and line. See docs/markdown-limits.md for the shapes, the
/// advisories and the measurements.
enum InputGuard {
    /// Rejects `source` if any estimate is over its shape's limit; the first shape in declaration order wins.
    static func check(_ source: String, options: MarkdownOptions, sourceName: String) throws(ParaReadyError) {
        if source.utf8.count > InputShape.documentSize.limit {
            throw error(.documentSize, estimate: source.utf8.count, line: 1, sourceName: sourceName)
        }
        var text = source
        let measures = text.withUTF8 { bytes in
            var scanner = InputScanner(bytes: bytes, options: options)
            scanner.scan()
            return scanner.measures
        }
        for shape in InputShape.allCases {
            let measure = measures[shape.ordinal]
            guard measure.total > shape.limit else { continue }
            throw error(shape, estimate: measure.total, line: measure.worstLine, sourceName: sourceName)
        }
    }

    /// The estimates for `source`, for tests and the limits document.
    static func measure(_ source: String, options: MarkdownOptions) -> [InputShape: InputScanner.Measure] {
        var text = source
        let measures = text.withUTF8 { bytes in
            var scanner = InputScanner(bytes: bytes, options: options)
            scanner.scan()
            return scanner.measures
        }
        return Dictionary(uniqueKeysWithValues: InputShape.allCases.map { ($0, measures[$0.ordinal]) })
    }

    private static func error(_ shape: InputShape, estimate: Int, line: Int, sourceName: String) -> ParaReadyError {
        ParaReadyError(
            .limit,
            "untrusted Markdown rejected (\(shape.rawValue)): \(shape.summary); estimate \(estimate) "
                + "\(shape.unit), limit \(shape.limit) (see docs/markdown-limits.md)",
            at: SourceLocation(file: sourceName, line: line, column: 1))
    }
}
