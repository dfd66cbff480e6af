extension FieldRole {
    /// The wire names (lowercased) a field that declares no role is taken to play one by: our inference, shared by
    /// lint's warning of a GET that sends a message and the sandbox's reading of requests.
    public static let inferredNames: [FieldRole: Set<String>] = [
        .recipient: [
            "to", "phone", "phone_number", "phonenumber", "number", "msisdn", "dst", "dstaddr", "dstaddrs", "destination", "recipient",
            "recipients", "mobile", "mobiles", "numbers", "phones", "destination_number", "destinationnumber", "receiver", "receivers",
            // SMPP's names, which gateways built on it keep (Beem's `recipients[].dest_addr`).
            "dest_addr", "destaddr", "destination_addr", "destinationaddr", "destination_address", "destinationaddress", "dest_address",
            "dst_addr", "msisdns",
            // Every Iranian gateway's (Kavenegar's, Ghasedak's, SMS.ir's).
            "receptor", "receptors",
        ],
        .text: ["text", "body", "message", "content", "msg", "sms", "messagetext", "message_text", "text_message"],
    ]
}

extension FieldSpec {
    /// Whether the field plays `role`: declared so (`role:`), or declaring none and named as one is
    /// (`FieldRole.inferredNames`; our inference). A field declared with another role does not, whatever its name.
    public func plays(_ role: FieldRole) -> Bool {
        if let declared = self.role?.value { return declared == role }
        return FieldRole.inferredNames[role]?.contains(wireName.value.lowercased()) ?? false
    }
}
