// validate() of every generated request type, on requests decoded from fuzzed payloads: the public API a client
// calls before sending, so no request value may trap or take unbounded time or memory.
import FuzzSupport

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    FuzzSeeds.writeIfAsked { MessageInput.seeds(among: FuzzCatalog.requests) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidate(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let input = MessageInput(UnsafeBufferPointer(start: start, count: count), among: FuzzCatalog.requests) else { return 0 }
    exercise(input)
    return 0
}
