import AcmeSMS
import DeliveryHandling
import Foundation
import InternalSMS
import PackageSMS
import RegionalSMS
import RegionalTools
import SMSSpecRuntime
import Testing

@Suite struct BundledProvidersTests {
    @Test func anAbsentSubscriberIsRetriedLater() throws {
        let body = Data(#"{"error":"027","from":"MyShop","message_id":"m1","status":"UNDELIVERABLE","to":"385921234567","type":"DLR"}"#.utf8)
        guard case .retryLater(let reason) = try BindCallbackHandler.action(forCallbackBody: body) else {
            Issue.record("expected a retry")
            return
        }
        #expect(reason.contains("ABSENT_SUBSCRIBER"))
    }

    @Test func anUnknownSubscriberIsDroppedAndDeliveryIsDone() throws {
        let unknown = Data(#"{"error":"1","from":"MyShop","message_id":"m1","status":"UNDELIVERABLE","to":"1","type":"DLR"}"#.utf8)
        #expect(try BindCallbackHandler.action(forCallbackBody: unknown) != .done)
        let delivered = Data(#"{"error":"000","from":"MyShop","message_id":"m1","status":"DELIVERED","to":"1","type":"DLR"}"#.utf8)
        #expect(try BindCallbackHandler.action(forCallbackBody: delivered) == .done)
    }
}

@Suite struct OwnSpecTests {
    @Test func theOwnSpecIsGeneratedAndUsable() throws {
        let receipt = try FormDecoder().decode(Acme.Receipt.self, from: "id=a1&state=failed&err=27")
        #expect(receipt.state == .failed && receipt.err == 27 && receipt.state.entry?.deliveryState == .undelivered)
        let response = try JSONDecoder().decode(Acme.SendResponse.self, from: Data(#"{"status": 29}"#.utf8))
        #expect(response.status == .throttled && response.status.isRetryable)
        #expect(AcmeCatalog.providers.map(\.provider.id) == ["acme"])
        #expect(AcmeCatalog.registry.lookup(provider: "acme", table: "SendStatus", code: "21").category == .invalidDestination)
    }

    @Test func theOwnSpecValidatesRequests() {
        let bad = Acme.SendRequest(to: "0911", text: String(repeating: "€", count: 300))
        #expect(bad.validate().map { $0.providerCode?.name ?? "" } == ["BAD_NUMBER", "TOO_LONG"])
        #expect(Acme.SendRequest(to: "+38591234567", text: "Hi").validate() == [])
        let decoded = try? JSONDecoder().decode(Acme.SendRequest.self, from: Data(#"{"to":"+38591234567","text":"Hi"}"#.utf8))
        #expect(decoded?.validity == 48)  // the spec's default
        #expect(Acme.SendRequest(to: "+38591234567", text: "Hi", validity: 100).validate().map(\.rule) == ["maximum"])
    }

    @Test func theSpecsSegmentCapacitiesApply() {
        #expect(Acme.provider.segmentCapacities == SegmentCapacities(gsm7Concatenated: 152, ucs2Concatenated: 66))
        // 3 × 152 = 456 septets fit in three parts; 457 do not (with the standard 153 they would).
        #expect(Acme.SendRequest(to: "+38591234567", text: String(repeating: "a", count: 456)).validate() == [])
        #expect(Acme.SendRequest(to: "+38591234567", text: String(repeating: "a", count: 457)).validate().map(\.rule) == ["maxSegments"])
    }

    @Test func aTargetWithSeveralSpecsGetsEveryProvider() {
        #expect(SMSSpecCatalog.registry.providers == ["alpha", "beta"])
        #expect(Alpha.Code(rawCode: 2).category == .insufficientFunds)
        #expect(Beta.Code(rawCode: "BUSY").isRetryable)
    }

    /// RegionalTools generates the catalog of RegionalSMS's specs into RegionalSMS's namespaces.
    @Test func aSecondTargetAddsTheCatalogToTheFirstOnesNamespaces() throws {
        #expect(SMSSpecCatalog.providers.map(\.provider.id) == ["alpha", "beta"])
        let message = try #require(SMSSpecCatalog.provider("ALPHA")?.messages.first)
        #expect(Alpha.catalog.messages.map(\.name).contains(message.name))
    }
}

@Suite struct ConfigurationTests {
    @Test func specsFromAFolderOutsideTheTargetAreGeneratedWithPackageAccess() {
        #expect(PackageCatalog.registry.providers == ["gamma"])
        #expect(Gamma.Code(rawCode: 7).category == .rateLimited)
    }

    @Test func internalTypesAreUsableThroughTheModulesOwnAPI() {
        #expect(DeltaStatus.providerIDs == ["delta"])
        #expect(DeltaStatus.category(of: "NO_ROUTE") == .invalidDestination)
    }
}
