import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders with inotify (one watch per folder, added as folders appear) and reports changed paths in
/// batches after `debounce` seconds of quiet. The blocking loop runs on a thread of its own.
final class FileWatcher: @unchecked Sendable {
    private let fd: Int32
    private let lock = NSLock()
    /// Watch descriptor → folder, for recursive watches.
    private var trees: [Int32: String] = [:]
    /// Watch descriptor → (folder, file names that count), for single files such as `site.toml`.
    private var singles: [Int32: (folder: String, names: Set<String>)] = [:]
    private let debounce: Double

    static let mask: UInt32 =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM)

    /// Watches every folder below each of `folders`, and the given single files.
    init(folders: [String], files: [String] = [], debounce: Double = 0.1) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.debounce = debounce
        for folder in folders { addTree(folder) }
        var byFolder: [String: Set<String>] = [:]
        for file in files {
            byFolder[(file as NSString).deletingLastPathComponent, default: []].insert(
                (file as NSString).lastPathComponent)
        }
        for (folder, names) in byFolder {
            let wd = inotify_add_watch(fd, folder, Self.mask)
            if wd >= 0 { singles[wd] = (folder, names) }
        }
    }

    deinit {
        close(fd)
    }

    /// The number of folders watched.
    var folderCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return trees.count
    }

    private func addTree(_ folder: String) {
        let wd = inotify_add_watch(fd, folder, Self.mask)
        guard wd >= 0 else { return }
        lock.lock()
        trees[wd] = folder
        lock.unlock()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                addTree(path)
            }
        }
    }

    /// Files that editors and this tool write in passing, never content.
    static func isNoise(_ name: String) -> Bool {
        name.isEmpty || name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".paraready-tmp") || name == "4913"
    }

    /// Batches of changed paths (sorted), each delivered after `debounce` seconds without further events.
    func changes() -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let stop = StopFlag()
            let thread = Thread { [self] in
                run(continuation, stop: stop)
            }
            thread.name = "paraready-watch"
            thread.start()
            continuation.onTermination = { _ in stop.set() }
        }
    }

    private func run(_ continuation: AsyncStream<[String]>.Continuation, stop: StopFlag) {
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let header = MemoryLayout<inotify_event>.size
        while !stop.isSet {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, pending.isEmpty ? 500 : Int32(debounce * 1000))
            if ready < 0 && errno != EINTR { break }
            if ready <= 0 {
                if !pending.isEmpty {
                    continuation.yield(pending.sorted())
                    pending.removeAll()
                }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var offset = 0
            while offset + header <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + header
                let name = String(
                    decoding: buffer[nameStart..<min(nameStart + length, count)].prefix { $0 != 0 }, as: UTF8.self)
                offset = nameStart + length
                lock.lock()
                let tree = trees[wd]
                let single = singles[wd]
                lock.unlock()
                if let single, single.names.contains(name) { pending.insert(single.folder + "/" + name) }
                guard let tree, !Self.isNoise(name) else { continue }
                let path = tree + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { addTree(path) }
                    pending.insert(path + "/")  // a folder came or went: everything in it changed
                } else {
                    pending.insert(path)
                }
            }
        }
        continuation.finish()
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
