import CFuzzDriver
import PolicyText

// libFuzzer calls this for every input; POLICYTEXT_FUZZ_TARGET picks the stage under test, so one instrumented
// build serves every target. No input may make a stage trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.current.run(bytes)
    return 0
}

// SwiftPM links an executable's entry point as `main` under this name; it hands over to libFuzzer's driver.
@_cdecl("FuzzPipeline_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
