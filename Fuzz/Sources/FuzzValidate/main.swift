// validate() of every generated request type, on requests decoded from fuzzed payloads: the public API a client
// calls before sending, so no request value may trap or take unbounded time or memory.
import FuzzSupport

func fuzzValidate(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let input = MessageInput(UnsafeBufferPointer(start: start, count: count), among: FuzzCatalog.requests) else { return 0 }
    exercise(input)
    return 0
}

runFuzzer(seeds: { MessageInput.seeds(among: FuzzCatalog.requests) }, fuzzValidate)
