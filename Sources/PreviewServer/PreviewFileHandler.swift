import FlyingFox
import Foundation

/// Serves the output folder: `index.html` for folders, `404.html` (status 404) for anything missing, and the
/// live-reload script (plus the current build error, if any) injected into every HTML page.
struct PreviewFileHandler: HTTPHandler {
    let root: String
    let basePath: String
    let hub: LiveReloadHub

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json", "xml": "application/xml",
        "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon",
        "woff2": "font/woff2", "pdf": "application/pdf",
    ]

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let file = resolve(request.path) else { return await notFound() }
        guard let data = FileManager.default.contents(atPath: file) else { return await notFound() }
        let ext = (file as NSString).pathExtension.lowercased()
        return await respond(.ok, data: data, type: Self.types[ext] ?? "application/octet-stream")
    }

    /// The file for a request path, or nil; never a path outside the root.
    func resolve(_ requestPath: String) -> String? {
        var path = requestPath.removingPercentEncoding ?? requestPath
        if basePath != "/" && path.hasPrefix(basePath) { path = "/" + path.dropFirst(basePath.count) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0.contains("\\") || $0.contains("\u{0}") }) else { return nil }
        var file = root + "/" + segments.joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { file += "/index.html" }
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    private func notFound() async -> HTTPResponse {
        let data = FileManager.default.contents(atPath: root + "/404.html") ?? Data("Not found\n".utf8)
        return await respond(.notFound, data: data, type: "text/html; charset=utf-8")
    }

    private func respond(_ status: HTTPStatusCode, data: Data, type: String) async -> HTTPResponse {
        var body = data
        if type.hasPrefix("text/html") { body = await inject(into: data) }
        return HTTPResponse(
            statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    /// The page with the live-reload script before `</body>`.
    func inject(into html: Data) async -> Data {
        let error = await hub.error
        var script = "<script>"
        if let error {
            script += "window.__parareadyError=\(LiveReloadHub.message(type: "error", text: error));"
        }
        script += Self.liveReload + "</script>"
        var text = String(decoding: html, as: UTF8.self)
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        return Data(text.utf8)
    }

    static let liveReload = """
        (function(){function show(m){var e=document.getElementById("paraready-error");\
        if(!e){e=document.createElement("pre");e.id="paraready-error";e.className="paraready-error";\
        e.setAttribute("role","alert");document.body.appendChild(e);}e.textContent="Build failed\\n\\n"+m;}\
        if(window.__parareadyError){show(window.__parareadyError.message);}\
        function connect(){var s=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"/__paraready/live");\
        s.onmessage=function(ev){var m=JSON.parse(ev.data);if(m.type==="reload"){location.reload();}\
        else if(m.type==="error"){show(m.message);}};s.onclose=function(){setTimeout(connect,1000);};}connect();})();
        """
}
