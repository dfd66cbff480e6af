import SMSSpecVocabulary

/// `algorithm: secret`: a shared secret sent as it is (Telerivet's `secret` field), compared with the receiver's.
extension SpecParser {
    /// The shared secret's signature: its header or field and any prefix; nil when a key that says how a code is
    /// computed or when it was made is given (each reported where it is written: nothing is signed).
    func sharedSecret(in reader: MappingReader, subject: String, carrier: CallbackSignature.Place?, prefix: String) -> CallbackSignature? {
        let sent = carrier.map { "in \($0)" } ?? "as it is"
        var valid = true
        for key in ["signs", "encoding", "keyDigest", "timestamp", "tolerance"] where reader.has(key) {
            let why = ["signs", "encoding", "keyDigest"].contains(key)
                ? "says how a code is computed, and algorithm: secret sends the secret itself \(sent): nothing is signed or encoded; "
                    + "leave '\(key)' out, or name the HMAC or digest if the provider signs the payload"
                : "checks a signed time, and algorithm: secret signs nothing, so a replayed request carries any time it likes; leave '\(key)' out"
            diagnostics.error("'\(key)' of \(subject) \(why)", at: reader.keyLocation(key))
            valid = false
        }
        guard valid, let carrier else { return nil }
        return CallbackSignature.sharedSecret(in: carrier, prefix: prefix)
    }
}
