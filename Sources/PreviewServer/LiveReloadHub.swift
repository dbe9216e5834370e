import FlyingFox
import Foundation

/// Keeps the browsers connected over WebSocket and tells them to reload, or shows them a build error.
actor LiveReloadHub {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    /// The last build error, shown on every page until a build succeeds.
    private(set) var error: String?

    func add(_ continuation: AsyncStream<WSMessage>.Continuation) -> UUID {
        let id = UUID()
        clients[id] = continuation
        if let error { continuation.yield(.text(Self.message(type: "error", text: error))) }
        return id
    }

    func remove(_ id: UUID) {
        clients[id] = nil
    }

    var clientCount: Int { clients.count }

    /// After a successful rebuild: clear the error and reload every page.
    func reload() {
        error = nil
        broadcast(Self.message(type: "reload", text: ""))
    }

    /// After a failed rebuild: show the error in every page.
    func fail(_ text: String) {
        error = text
        broadcast(Self.message(type: "error", text: text))
    }

    private func broadcast(_ text: String) {
        for client in clients.values { client.yield(.text(text)) }
    }

    static func message(type: String, text: String) -> String {
        let object = ["type": type, "message": text]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// One WebSocket connection: registered with the hub for as long as the browser stays.
struct LiveReloadSocket: WSMessageHandler {
    let hub: LiveReloadHub

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = await hub.add(continuation)
        let hub = self.hub
        Task {
            for await _ in client {}
            await hub.remove(id)
            continuation.finish()
        }
        return stream
    }
}
