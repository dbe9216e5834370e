import ArgumentParser
import Foundation
import ParaReadyCore

/// Reads a file argument, where `-` means standard input.
func readInput(_ path: String) throws(ParaReadyError) -> (text: String, name: String) {
    if path == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return (try TextFile.decode(data, displayPath: "<stdin>"), "<stdin>")
    }
    return (try TextFile.read(path), path)
}

/// Writes to standard output without a trailing newline of our own.
func printRaw(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
