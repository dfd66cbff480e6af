/// Text a field with the `url` rule holds: a URL whose user information (`https://user:password@host`, a callback
/// URL with Basic authentication) is a credential. Printing, and output meant for people
/// (`CodingUserInfoKey.redactSecrets`), show it redacted (`DisplayText.redactingURLUserinfo(_:)`, a malformed one too); encoded plainly, it is
/// the URL sent.
@_spi(Generated) public protocol URLUserinfoRedactable {
    /// This value with each URL's user information replaced by `<redacted>`.
    func redactingURLUserinfo() -> Self
}

extension URLUserinfoRedactable {
    /// The value to write to `encoder`: redacted when it asks for secrets to be (as `Secret` writes itself), else whole.
    @_spi(Generated) public func redactingURLUserinfo(for encoder: any Encoder) -> Self {
        encoder.userInfo[.redactSecrets] as? Bool == true ? redactingURLUserinfo() : self
    }
}

@_spi(Generated) extension String: URLUserinfoRedactable {
    public func redactingURLUserinfo() -> String { DisplayText.redactingURLUserinfo(self) }
}

@_spi(Generated) extension Optional: URLUserinfoRedactable where Wrapped: URLUserinfoRedactable {
    public func redactingURLUserinfo() -> Self { map { $0.redactingURLUserinfo() } }
}

@_spi(Generated) extension Array: URLUserinfoRedactable where Element: URLUserinfoRedactable {
    public func redactingURLUserinfo() -> Self { map { $0.redactingURLUserinfo() } }
}
