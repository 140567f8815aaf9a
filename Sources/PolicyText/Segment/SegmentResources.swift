import Foundation

/// Loads the Segment stage's bundled data files.
enum SegmentResources {
    /// `DataFile(resource:)`, falling back to `<bundle>/Resources/<name>` found from the bundle's own URL:
    /// on Linux `Bundle.module.resourceURL` already ends in `Resources/`, so the shared loader looks one level
    /// too deep there.
    static func load(_ name: String) throws(DataFile.LoadError) -> DataFile {
        do {
            return try DataFile(resource: name)
        } catch {
            for base in [Bundle.module.resourceURL, Bundle.module.bundleURL.appendingPathComponent("Resources")] {
                guard let url = base?.appendingPathComponent(name),
                    let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
                else { continue }
                return DataFile(name: "Resources/\(name)", contents: text)
            }
            throw error
        }
    }
}
