import ParaReadyCore

/// Turns TOML text into a ``TOMLNode`` tree, or a located ``ParaReadyError``.
///
/// The one seam between CargoModel and a TOML library: replacing TOMLKit means writing another conformer.
protocol TOMLParsing: Sendable {
    /// Parses a whole document; `displayPath` names the file in errors.
    func parse(_ text: String, displayPath: String) throws(ParaReadyError) -> TOMLNode
}

/// The parser CargoModel uses unless told otherwise.
let defaultTOMLParser: any TOMLParsing = ManifestTOMLParser()

/// ``FastTOMLParser`` for the TOML it is sure of, ``TOMLKitParser`` for the rest (and for every error).
struct ManifestTOMLParser: TOMLParsing {
    func parse(_ text: String, displayPath: String) throws(ParaReadyError) -> TOMLNode {
        if let node = FastTOMLParser.parse(text) { return node }
        return try TOMLKitParser().parse(text, displayPath: displayPath)
    }
}
