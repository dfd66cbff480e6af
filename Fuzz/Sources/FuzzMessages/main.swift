// Every generated message decoder (JSON through JSONDecoder, form and query through FormDecoder), then validate(),
// description and re-encoding of whatever decodes. See MessageInput for the input layout.
import FuzzSupport

func fuzzMessages(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let input = MessageInput(UnsafeBufferPointer(start: start, count: count), among: FuzzCatalog.messages) else { return 0 }
    exercise(input)
    return 0
}

runFuzzer(seeds: { MessageInput.seeds(among: FuzzCatalog.messages) }, fuzzMessages)
