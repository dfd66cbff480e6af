@testable import SMSSpecCore
import Testing

/// A text field named as holding URLs is printed with a URL's user information redacted, as a `url`-rule field is
/// (RajaSMS's `callbackurl`, Ginota's `url`: `UserinfoRedactionTests.aFieldNamedAsAURLPrintsWithoutItsUserinfo`).
@Suite struct URLFieldNameTests {
    @Test(arguments: [
        "url", "callbackurl", "callback_url", "callbackURL", "notify_url", "NotifyUrl", "webhook", "webhookSecretless",
        "status_callback", "redirect_uri", "redirect_uris", "image_urls", "url_dlr", "statusUrlV2", "DLR-URL",
    ])
    func aNameThatSaysURLIsOne(name: String) {
        #expect(FieldModel.namesAURL(name), "\(name)")
    }

    @Test(arguments: ["to", "message", "urgent", "uriel", "curly_id", "purlieu", "text", "sender", "status"])
    func otherNamesAreNot(name: String) {
        #expect(!FieldModel.namesAURL(name), "\(name)")
    }
}
