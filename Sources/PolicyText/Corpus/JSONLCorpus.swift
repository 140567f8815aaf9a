import Foundation

/// A `.jsonl` corpus: one document per line, its text in one field and its id in another.
///
/// `records(in:displayPath:)` splits bytes already in memory; `JSONLReader` reads a file of any size a chunk at a
/// time. Both turn each line into a record through `record(line:number:displayPath:)`, so they agree line for line.
public struct JSONLCorpus: Sendable {
    /// One record: its id (or `file#L<line>`) and its text, or why it could not be read.
    public struct Record: Sendable {
        public let id: String
        public let text: Result<String, DocumentError>
    }

    public var textField: String
    public var idField: String?
    /// Lines longer than this many bytes (without the line break) become error records instead of documents.
    public var maxRecordBytes: Int

    public init(textField: String = "content", idField: String? = "id", maxRecordBytes: Int = .max) {
        self.textField = textField
        self.idField = idField
        self.maxRecordBytes = maxRecordBytes
    }

    /// Splits the file's bytes into records. A broken line becomes a record with an error; the others still come.
    public func records(in bytes: [UInt8], displayPath: String) -> [Record] {
        var records: [Record] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if let record = record(line: line, number: lineNumber, displayPath: displayPath) { records.append(record) }
        }
        return records
    }

    /// The record for one line (without its `\n`; a `\r` before it is JSON whitespace), nil for a blank line.
    func record(line: ArraySlice<UInt8>, number: Int, displayPath: String) -> Record? {
        if line.count > maxRecordBytes { return oversized(number: number, bytes: line.count, displayPath: displayPath) }
        let fallbackID = "\(displayPath)#L\(number)"
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return Record(id: fallbackID, text: .failure(.unreadable(path: fallbackID, reason: "line is not a JSON object")))
        }
        var id = fallbackID
        if let idField, let value = object[idField] {
            id = (value as? String) ?? "\(value)"
        }
        guard let text = object[textField] as? String else {
            return Record(id: id, text: .failure(.unreadable(path: fallbackID, reason: "no string field \"\(textField)\"")))
        }
        return Record(id: id, text: .success(text))
    }

    /// The error record for a line of `bytes` bytes, over `maxRecordBytes`.
    func oversized(number: Int, bytes: Int, displayPath: String) -> Record {
        let id = "\(displayPath)#L\(number)"
        return Record(id: id, text: .failure(.unreadable(
            path: id, reason: "line is \(bytes) bytes, over the limit of \(maxRecordBytes) bytes per record")))
    }
}
