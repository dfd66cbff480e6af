import Foundation
import SMSProviders

/// One valid value of every request type, with the documents' numbers and texts.
enum Requests {
    struct Case {
        let name: String
        let validate: () -> [ValidationViolation]

        init<Message: ValidatableMessage>(_ name: String, _ message: Message) {
            self.name = name
            self.validate = { message.validate() }
        }
    }

    static let text = "Your code is 482913. It expires in 10 minutes."
    static let packet = RajaSMS.Packet(
        number: "6281234567890", message: text,
        sendingDateTime: Timestamp(text: "2017-09-18 10:00:00", formats: ["yyyy-MM-dd HH:mm:ss"], timeZone: "Asia/Jakarta"))

    static var all: [Case] {
        [
            Case("Bind.SendTemplateRequest", Bind.SendTemplateRequest(
                id: "8bd71f49-6f42-4729-bf5e-ecf857747633", to: "16197012345", params: ["name": "Ana"])),
            Case("Bind.ListTemplatesRequest", Bind.ListTemplatesRequest(status: .approved)),
            Case("Bind.TemplateRequest", Bind.TemplateRequest(name: "otp", sender: "Shop", content: "Your code is #{code}")),
            Case("Bind.TemplateUpdateRequest", Bind.TemplateUpdateRequest(
                id: "8bd71f49-6f42-4729-bf5e-ecf857747633", name: "otp", sender: "Shop", content: "Your code is #{code}")),
            Case("Bind.TwoFactorRequest", Bind.TwoFactorRequest(
                to: "16197012345", templateID: "8bd71f49-6f42-4729-bf5e-ecf857747633", parameters: ["name": "Ana"])),
            Case("Bind.TwoFactorValidateRequest", Bind.TwoFactorValidateRequest(code: "482913", requestID: "2d7114a6")),
            Case("Fortytwo.RequestCodeRequest", Fortytwo.RequestCodeRequest(
                clientRef: "order-42", phoneNumber: "+6591234567", codeLength: 6, codeType: .numeric, caseSensitive: false,
                callbackURL: "https://example.com/2fa", senderID: "Shop", messageTemplate: "Your code is {#TFA_CODE}")),
            Case("Fortytwo.ValidateCodeRequest", Fortytwo.ValidateCodeRequest(clientRef: "order-42", code: "482913")),
            Case("Ginota.SendRequest", Ginota.SendRequest(
                apiKey: "key", apiSecret: "secret", srcAddr: "MyCampany", dstAddr: "60123456789", content: text, dlr: true,
                txnRef: "order42", ttl: 3600)),
            Case("Ginota.BulkSendRequest", Ginota.BulkSendRequest(
                apiKey: "key", apiSecret: "secret", srcAddr: "MyCampany", dstAddrs: "60123456789,6591234567", content: text)),
            Case("Ginota.BalanceRequest", Ginota.BalanceRequest(apiKey: "key", apiSecret: "secret")),
            Case("Ginota.DiscoverMobileRequest", Ginota.DiscoverMobileRequest(
                apiKey: "key", apiSecret: "secret", email: "ana@example.com", serviceName: "Shop")),
            Case("Ginota.DiscoverMobileStatusRequest", Ginota.DiscoverMobileStatusRequest(apiKey: "key", apiSecret: "secret", userID: "u1")),
            Case("OCA.SendRequest", OCA.SendRequest(phone: "6281381475159", message: text)),
            Case("OCA.StatusRequest", OCA.StatusRequest(msgUID: "d3a925d0-0a3b-11eb-9c79-2f8d5c8e6f01")),
            Case("RajaSMS.SendRequest (2 packets)", RajaSMS.SendRequest(
                apiKey: "key", callbackURL: "https://example.com/dlr", dataPacket: [packet, packet])),
            Case("RajaSMS.OTPSendRequest", RajaSMS.OTPSendRequest(apiKey: "key", senderID: "1", dataPacket: [packet])),
            Case("RajaSMS.Packet", packet),
            Case("RajaSMS.BalanceRequest", RajaSMS.BalanceRequest(apiKey: "key")),
        ]
    }
}

enum ValidationSuite {
    static func run(measure: Measure, into report: inout Report) {
        for request in Requests.all {
            let violations = request.validate()
            if !violations.isEmpty {
                FileHandle.standardError.write(Data("warning: \(request.name) is not valid: \(violations)\n".utf8))
            }
            let nanoseconds = measure.nanoseconds { consume(request.validate()) }
            report.add(Row(benchmark: "validate \(request.name)", measured: Format.time(nanoseconds: nanoseconds)))
        }
    }
}
