import HandWritten
import SMSProviders

/// Every callback and main response the documents give a payload for, generated against hand-written.
enum Messages {
    static var all: [CodecCase] {
        [
            CodecCase("Bind.DeliveryReceipt (dlr.json)", document: "bind/dlr.json",
                      generated: SMSProviders.Bind.DeliveryReceipt.self, handWritten: HandWritten.Bind.DeliveryReceipt.self),
            CodecCase("Bind.InboundMessage (mo.json)", document: "bind/mo.json",
                      generated: SMSProviders.Bind.InboundMessage.self, handWritten: HandWritten.Bind.InboundMessage.self),
            CodecCase("Bind.CallbackEvent (dlr.json)", document: "bind/dlr.json",
                      generated: SMSProviders.Bind.CallbackEvent.self, handWritten: HandWritten.Bind.CallbackEvent.self),
            CodecCase("Bind.CallbackEvent (mo.json)", document: "bind/mo.json",
                      generated: SMSProviders.Bind.CallbackEvent.self, handWritten: HandWritten.Bind.CallbackEvent.self),
            CodecCase("Fortytwo.Response (request code)", document: "fortytwo/request-code-response.json",
                      generated: SMSProviders.Fortytwo.Response.self, handWritten: HandWritten.Fortytwo.Response.self),
            CodecCase("Fortytwo.Response (validate code)", document: "fortytwo/validate-code-response.json",
                      generated: SMSProviders.Fortytwo.Response.self, handWritten: HandWritten.Fortytwo.Response.self),
            CodecCase("Ginota.SendResponse (success)", document: "ginota/send-success.json",
                      generated: SMSProviders.Ginota.SendResponse.self, handWritten: HandWritten.Ginota.SendResponse.self),
            CodecCase("Ginota.SendResponse (insufficient balance)", document: "ginota/send-insufficient-balance.json",
                      generated: SMSProviders.Ginota.SendResponse.self, handWritten: HandWritten.Ginota.SendResponse.self),
            CodecCase("Ginota.DeliveryReceipt (dlr.query)", document: "ginota/dlr.query", wire: .query,
                      generated: SMSProviders.Ginota.DeliveryReceipt.self, handWritten: HandWritten.Ginota.DeliveryReceipt.self),
            CodecCase("OCA.SendResponse", document: "oca/send-response.json",
                      generated: SMSProviders.OCA.SendResponse.self, handWritten: HandWritten.OCA.SendResponse.self),
            CodecCase("OCA.StatusEnvelope", document: "oca/status.json",
                      generated: SMSProviders.OCA.StatusEnvelope.self, handWritten: HandWritten.OCA.StatusEnvelope.self),
            CodecCase("OCA.History (2 items)", document: "oca/history.json",
                      generated: SMSProviders.OCA.History.self, handWritten: HandWritten.OCA.History.self),
            CodecCase("OCA.ErrorBody (credentials)", document: "oca/error-credentials.json",
                      generated: SMSProviders.OCA.ErrorBody.self, handWritten: HandWritten.OCA.ErrorBody.self),
            CodecCase("OCA.ErrorBody (validation)", document: "oca/error-validation.json",
                      generated: SMSProviders.OCA.ErrorBody.self, handWritten: HandWritten.OCA.ErrorBody.self),
            CodecCase("RajaSMS.SendResponse (2 packets)", document: "rajasms/send-response.json",
                      generated: SMSProviders.RajaSMS.SendResponse.self, handWritten: HandWritten.RajaSMS.SendResponse.self),
            CodecCase("RajaSMS.BalanceResponse", document: "rajasms/balance-response.json",
                      generated: SMSProviders.RajaSMS.BalanceResponse.self, handWritten: HandWritten.RajaSMS.BalanceResponse.self),
            CodecCase("RajaSMS.DeliveryReport (2 reports)", document: "rajasms/delivery-report.json",
                      generated: SMSProviders.RajaSMS.DeliveryReport.self, handWritten: HandWritten.RajaSMS.DeliveryReport.self),
        ]
    }
}
