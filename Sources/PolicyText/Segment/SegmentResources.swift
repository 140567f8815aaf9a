/// Loads the Segment stage's bundled data files.
enum SegmentResources {
    static func load(_ name: String) throws(DataFile.LoadError) -> DataFile {
        try DataFile(resource: name)
    }
}
