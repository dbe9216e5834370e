import ArgumentParser
import Foundation
import ParaReadyCore

/// Runs a command body, turning input errors into a one-line message on stderr and exit code 2.
public func reportingErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as ParaReadyError {
        FileHandle.standardError.write(Data("paraready: \(error)\n".utf8))
        throw ExitCode(2)
    }
}
