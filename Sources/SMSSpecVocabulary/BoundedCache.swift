import Foundation

/// Values made once per key and kept, for values that are costly to make (compiled patterns, date formatters).
/// Emptied when it reaches `capacity`, so memory stays bounded whatever keys arrive. Thread-safe: `body` runs under
/// the cache's lock, so a value that is not itself thread-safe (`DateFormatter`) is only ever used there.
package final class BoundedCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let capacity: Int

    package init(capacity: Int) { self.capacity = capacity }

    package func with<Result>(_ key: String, make: () -> Value, _ body: (Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return body(value) }
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        let value = make()
        values[key] = value
        return body(value)
    }

    /// The value itself, for values safe to use outside the lock.
    package func value(for key: String, make: () -> Value) -> Value { with(key, make: make) { $0 } }
}
