import ArgumentParser
import Foundation
import ParaReadyCore

/// Runs a command body, turning input errors into a one-line message on stderr and exit code 2.
func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as ParaReadyError {
        FileHandle.standardError.write(Data("paraready: \(error)\n".utf8))
        throw ExitCode(2)
    }
}

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
