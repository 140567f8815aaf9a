extension Normalizer {
    /// A bundled data file of the normalizer.
    static func bundledFile(_ name: String) throws(DataFile.LoadError) -> DataFile {
        try DataFile(resource: name)
    }
}
