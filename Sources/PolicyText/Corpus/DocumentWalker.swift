#if canImport(Glibc)
import Glibc
#endif

/// Expands the paths a user names into the documents to read: files as given, folders recursively, in sorted
/// order so that every run sees the same sequence.
///
/// In folders it keeps files whose extension is a document type, skips hidden entries unless asked, honours a
/// `.policytextignore` file (one path per line, relative to its folder; a trailing `/` names a folder), applies
/// `--include`/`--exclude` globs to the path relative to the folder, and reports symlink loops and unreadable
/// folders instead of failing.
public struct DocumentWalker: Sendable {
    /// A document found, and the path to show for it.
    public struct Found: Sendable, Equatable {
        /// The path to open.
        public let path: String
        /// The path as shown in output: relative to the named folder, or as given for files.
        public let displayPath: String
    }

    /// Something passed over, with the reason.
    public struct Skipped: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public var extensions: Set<String> = ["txt", "md", "html", "htm", "docx", "jsonl", "text"]
    public var includeHidden = false
    public var include: [String] = []
    public var exclude: [String] = []

    public init() {}

    public func walk(_ paths: [String]) -> (found: [Found], skipped: [Skipped]) {
        var found: [Found] = []
        var skipped: [Skipped] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                // Missing paths become error records downstream, so a typo is reported, not silently dropped.
                found.append(Found(path: path, displayPath: path))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<FileID> = [FileID(info)]
                walkFolder(path, relative: "", visited: &visited, found: &found, skipped: &skipped)
            } else {
                found.append(Found(path: path, displayPath: path))
            }
        }
        return (found, skipped)
    }

    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private func walkFolder(_ folder: String, relative: String, visited: inout Set<FileID>,
                            found: inout [Found], skipped: inout [Skipped]) {
        guard let entries = Self.list(folder) else {
            skipped.append(Skipped(path: folder, reason: "cannot list folder: \(String(cString: strerror(errno)))"))
            return
        }
        let ignored = Self.ignoreList(in: folder)
        for (name, valid) in entries.sorted(by: { Self.byteOrder($0.name, $1.name) }) {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") && !includeHidden { continue }
            if !valid {
                skipped.append(Skipped(path: path, reason: "file name is not valid UTF-8; rename it to read it"))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                skipped.append(Skipped(path: path, reason: "cannot stat: \(String(cString: strerror(errno)))"))
                continue
            }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            if ignored.contains(isFolder ? name + "/" : name) { continue }
            if isFolder {
                let id = FileID(info)
                if visited.contains(id) {
                    skipped.append(Skipped(path: path, reason: "symlink loop: folder already visited"))
                    continue
                }
                visited.insert(id)
                walkFolder(path, relative: rel, visited: &visited, found: &found, skipped: &skipped)
                visited.remove(id)
                continue
            }
            let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
            guard extensions.contains(ext) else { continue }
            if !include.isEmpty && !include.contains(where: { Glob.matches($0, rel) }) { continue }
            if exclude.contains(where: { Glob.matches($0, rel) }) { continue }
            found.append(Found(path: path, displayPath: rel))
        }
    }

    /// Folder entries; a name that is not valid UTF-8 cannot be opened through a Swift String, so it is marked
    /// and reported as skipped (shown with replacement characters).
    static func list(_ folder: String) -> [(name: String, valid: Bool)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [(name: String, valid: Bool)] = []
        while let entry = readdir(dir) {
            let (name, valid) = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (String, Bool) in
                let bytes = Array(raw.prefix(while: { $0 != 0 }))
                return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
            }
            if name != "." && name != ".." { names.append((name, valid)) }
        }
        return names
    }

    static func ignoreList(in folder: String) -> Set<String> {
        guard let file = try? DataFile(path: folder + "/.policytextignore") else { return [] }
        return Set(file.lines.map(\.text))
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// Shell-style globs: `*` (not across `/`), `**` (across `/`), `?`, and literal characters.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern.unicodeScalars), s = Array(path.unicodeScalars)
        // A pattern without `/` matches the file name alone, as in .gitignore.
        if !p.contains("/"), let slash = s.lastIndex(of: "/") {
            return match(p, 0, Array(s[(slash + 1)...]), 0)
        }
        return match(p, 0, s, 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ pi: Int, _ s: [Unicode.Scalar], _ si: Int) -> Bool {
        var pi = pi, si = si
        while pi < p.count {
            if p[pi] == "*" {
                let crossesSlash = pi + 1 < p.count && p[pi + 1] == "*"
                let rest = pi + (crossesSlash ? 2 : 1)
                var k = si
                while true {
                    if match(p, rest, s, k) { return true }
                    if k == s.count || (!crossesSlash && s[k] == "/") { return false }
                    k += 1
                }
            }
            guard si < s.count, p[pi] == "?" ? s[si] != "/" : p[pi] == s[si] else { return false }
            pi += 1
            si += 1
        }
        return si == s.count
    }
}
