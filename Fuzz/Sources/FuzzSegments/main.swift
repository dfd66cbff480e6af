// SegmentCalculator.analyze on any text, with the standard capacities and every provider's own (byte 0 picks them),
// checking the analysis is consistent: parts add up to the units, none exceeds a segment, encoding matches.
import Foundation
import FuzzSupport
import SMSSpecRuntime

func fuzzSegments(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let selector = bytes.first else { return 0 }
    let capacities = FuzzCatalog.capacities[Int(selector) % FuzzCatalog.capacities.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let analysis = SegmentCalculator.analyze(text, capacities: capacities)
    func check(_ condition: Bool, _ what: String) {
        if !condition { fatalError("segments of \(text.debugDescription): \(what); \(analysis)") }
    }
    check(analysis.unitsPerPart.reduce(0, +) == analysis.units, "parts do not add up to the units")
    check(analysis.segments == analysis.unitsPerPart.count, "segment count differs from the parts")
    check(analysis.unitsPerPart.allSatisfy { $0 <= analysis.unitsPerSegment }, "a part exceeds a segment")
    check(analysis.remainingInLastSegment >= 0, "negative room left")
    check((analysis.encoding == .gsm7) == analysis.nonGSMCharacters.isEmpty, "encoding does not match the characters")
    return 0
}

runFuzzer(seeds: {
        let texts = FuzzCatalog.examples.map(\.example.payload) + [
            "Your code is 1234", "€uro [x] {y} ~ ^ \\ |", "Grüße 👋🏽 from 東京", "a\r\nb\nc\r",
            String(repeating: "€", count: 81), String(repeating: "é", count: 161), "👨‍👩‍👧‍👦🇮🇩",
        ]
        return FuzzSeeds.texts(texts).map { [0] + $0 }
    }, fuzzSegments)
