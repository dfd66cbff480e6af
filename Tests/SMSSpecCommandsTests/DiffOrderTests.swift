import Foundation
import SMSSpecCore
import Testing

extension DiffTests {
    /// Decoding tries a union's variants in order: Exotel's `BulkResult` with `failed` before `sent` reads an object
    /// both envelopes read as `failed`, where it was `sent` — diff said "No changes". Swapped variants reading no kind
    /// of value in common (GatewayAPI's `MSISDN`, a number or text) read as before: listed, not flagged.
    @Test func reorderedUnionVariantsThatReadAValueInCommonAreBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try Repository.models(in: Repository.root.appending(path: folder).path(percentEncoded: false))
        let exotel = try edited("exotel.yaml", in: folder, [("      sent: SMSEnvelope\n      failed: ErrorEnvelope\n", "      failed: ErrorEnvelope\n      sent: SMSEnvelope\n")])
        #expect(SpecDiff.compare(old: old, new: exotel).map(\.description) == [
            "[breaking] exotel: changed union BulkResult, variant order — sent, failed → failed, sent: 'failed' is now tried before 'sent' "
                + "(both read object): a payload both read now decodes as the other"
        ])
        let gatewayapi = try edited("gatewayapi.yaml", in: folder, [("      number: int64\n      text: string\n", "      text: string\n      number: int64\n")])
        #expect(SpecDiff.compare(old: old, new: gatewayapi).map(\.description) == [
            "gatewayapi: changed union MSISDN, variant order — number, text → text, number: no swapped variants read a value in common"
        ])
    }

    /// Placeholders rotated with the same defaults (`{region}…/{version}` → `{zone}…/{region}`): a call without
    /// arguments reaches the same URL, so `region`'s new default is no call going elsewhere (it said so); a call
    /// passing `region` does go elsewhere, which the URL line says.
    @Test func aDefaultIsJudgedByTheURLACallReaches() throws {
        let folder = "Tests/ThirdPartySpecs"
        let region = "        region: {default: us, enum: [us, eu, au, br, ca], description: The region the service plan is hosted in.}\n"
        let old = try edited("sinch.yaml", in: folder, [
            ("'https://{region}.sms.api.sinch.com'", "'https://{region}.sms.api.sinch.com/{version}'"), (region, region + "        version: {default: xms}\n"),
        ])
        let rotated = try edited("sinch.yaml", in: folder, [
            ("'https://{region}.sms.api.sinch.com'", "'https://{zone}.sms.api.sinch.com/{region}'"),
            (region, "        region: {default: xms}\n        zone: {default: us}\n"),
        ])
        #expect(SpecDiff.compare(old: old, new: rotated).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional — URL https://{region}.sms.api.sinch.com/{version} → "
                + "https://{zone}.sms.api.sinch.com/{region}: a call goes elsewhere",
            "[breaking] sinch: removed parameter version from function Servers.regional — calls passing it stop compiling",
            "sinch: added parameter zone to function Servers.regional — default us",
            "sinch: changed function Servers.regional, parameter region — default us → xms",
            "sinch: changed function Servers.regional, parameter region — one of us, eu, au, br, ca → any value",
        ])
    }
}
