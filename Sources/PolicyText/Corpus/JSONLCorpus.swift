import Foundation

/// A `.jsonl` corpus: one document per line, its text in one field and its id in another.
public struct JSONLCorpus: Sendable {
    /// One record: its id (or `file#L<line>`) and its text, or why it could not be read.
    public struct Record: Sendable {
        public let id: String
        public let text: Result<String, DocumentError>
    }

    public var textField: String
    public var idField: String?

    public init(textField: String = "content", idField: String? = "id") {
        self.textField = textField
        self.idField = idField
    }

    /// Splits the file's bytes into records. A broken line becomes a record with an error; the others still come.
    public func records(in bytes: [UInt8], displayPath: String) -> [Record] {
        var records: [Record] = []
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let fallbackID = "\(displayPath)#L\(lineNumber)"
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                records.append(Record(id: fallbackID, text: .failure(.unreadable(path: fallbackID, reason: "line is not a JSON object"))))
                continue
            }
            var id = fallbackID
            if let idField, let value = object[idField] {
                id = (value as? String) ?? "\(value)"
            }
            guard let text = object[textField] as? String else {
                records.append(Record(id: id, text: .failure(.unreadable(path: fallbackID, reason: "no string field \"\(textField)\""))))
                continue
            }
            records.append(Record(id: id, text: .success(text)))
        }
        return records
    }
}
