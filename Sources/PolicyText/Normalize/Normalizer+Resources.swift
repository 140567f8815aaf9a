import Foundation

extension Normalizer {
    /// A bundled data file of the normalizer.
    ///
    /// Works around `DataFile(resource:)` on Linux, where `Bundle.module.resourceURL` already ends in
    /// `Resources/` (Foundation treats the copied `Resources` folder as the bundle's resource folder), so the
    /// loader's extra `Resources` path component misses the file. Reported to the lead; drop this once fixed.
    static func bundledFile(_ name: String) throws(DataFile.LoadError) -> DataFile {
        do {
            return try DataFile(resource: name)
        } catch {
            let candidates = [
                Bundle.module.resourceURL?.appendingPathComponent(name),
                Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(name),
            ]
            for case let url? in candidates {
                if let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) {
                    return DataFile(name: "Resources/\(name)", contents: text)
                }
            }
            throw error
        }
    }
}
