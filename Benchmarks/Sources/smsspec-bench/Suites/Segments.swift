import Foundation
import SMSSpecRuntime

/// Segment counting throughput on a long GSM-7 text (with extension characters) and a long UCS-2 one.
enum SegmentSuite {
    static let gsm7 = String(repeating: "Dear customer, your order #4821 ships today. Total: €12.50 [incl. VAT]; reply STOP to opt out. ", count: 10)
    static let ucs2 = String(repeating: "Заказ №4821 отправлен сегодня. Итого: 12,50 €. Спасибо! 🙂 Ответьте СТОП для отписки. ", count: 10)

    static func run(measure: Measure, into report: inout Report) {
        for (name, text) in [("GSM-7", gsm7), ("UCS-2", ucs2)] {
            let analysis = SegmentCalculator.analyze(text)
            let nanoseconds = measure.nanoseconds { consume(SegmentCalculator.analyze(text)) }
            let bytes = text.utf8.count
            report.add(Row(
                benchmark: "segments \(name) (\(text.count) characters, \(analysis.segments) segments)",
                measured: String(format: "%.1f MB/s", Double(bytes) / nanoseconds * 1e3) + " (\(Format.time(nanoseconds: nanoseconds)))"))
        }
    }
}
