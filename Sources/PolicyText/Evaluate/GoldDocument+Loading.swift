import Foundation

extension GoldDocument {
    /// The file-name suffix of gold files in a gold folder.
    public static let fileSuffix = ".gold.json"

    /// Decodes and validates one gold file; errors name the file and say what is wrong.
    public static func load(path: String) throws(DataFile.LoadError) -> GoldDocument {
        let file = try DataFile(path: path)
        return try decode(file)
    }

    /// Decodes and validates gold JSON held in a `DataFile` (its name is used in errors).
    public static func decode(_ file: DataFile) throws(DataFile.LoadError) -> GoldDocument {
        let document: GoldDocument
        do {
            document = try JSONDecoder().decode(GoldDocument.self, from: Data(file.contents.utf8))
        } catch {
            throw DataFile.LoadError(file: file.name, line: 0, message: "invalid gold JSON: \(describe(error))")
        }
        let problems = document.validationProblems()
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            throw DataFile.LoadError(file: file.name, line: 0, message: first + more)
        }
        return document
    }

    /// Loads every `*.gold.json` in `folder` (not recursive), sorted by file name. A folder without gold
    /// files is an error, not an empty gold set.
    public static func loadFolder(_ folder: String) throws(DataFile.LoadError) -> [GoldDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw DataFile.LoadError(file: folder, line: 0, message: "cannot list gold folder")
        }
        let goldNames = names.filter { $0.hasSuffix(fileSuffix) }.sorted()
        if goldNames.isEmpty {
            throw DataFile.LoadError(file: folder, line: 0, message: "no *\(fileSuffix) files")
        }
        var documents: [GoldDocument] = []
        var seen: [String: String] = [:]
        for name in goldNames {
            let path = (folder as NSString).appendingPathComponent(name)
            let document = try load(path: path)
            let key = "\(document.root.rawValue):\(document.document)"
            if let other = seen[key] {
                throw DataFile.LoadError(file: path, line: 0, message: "annotates \(document.document), as \(other) does")
            }
            seen[key] = name
            documents.append(document)
        }
        return documents
    }

    /// The source file this gold annotates: under `sharedCorpus` (e.g. `../shared/corpus`) for `.shared`,
    /// under `projectRoot` (the package root) for `.project`.
    public func sourcePath(sharedCorpus: String, projectRoot: String) -> String {
        let base = root == .shared ? sharedCorpus : projectRoot
        return (base as NSString).appendingPathComponent(document)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing field \"\(key.stringValue)\" at \(path(context.codingPath))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(path(context.codingPath)): \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? context.debugDescription : "\(path(context.codingPath)): \(context.debugDescription)"
        default: "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        if keys.isEmpty { return "top level" }
        var result = ""
        for key in keys {
            if let index = key.intValue { result += "[\(index)]" } else { result += result.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return result
    }
}
