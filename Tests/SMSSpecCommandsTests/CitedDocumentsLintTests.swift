import Foundation
import Testing

/// `smsspec lint --documents <folder>`: each source's `document` names a file in one of the folders given. A user's
/// spec cited `commio-inference.md`, which exists nowhere, and `lookup` and the generated documentation cited it as a
/// document the spec is written from.
@Suite struct CitedDocumentsLintTests {
    @Test func aDocumentInNoFolderGivenIsALocatedError() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        _ = try scratch.write("documents/reference.md", "# Acme API\n")
        let spec = try scratch.write("specs/acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources:
              ref: {title: Acme reference, document: refrence.md}
              page: {title: Acme page, document: reference.md}
              up: {title: Outside, document: ../documents/reference.md}

            """)
        let documents = scratch.path + "/documents"
        let run = await CLI.run(["lint", spec, "--documents", documents], exitsWith: .failure)
        #expect(run.errors.split(separator: "\n").map(String.init) == [
            "\(spec):4:42: error: document \"refrence.md\" of source 'ref' is no file in \"\(documents)\" (did you mean 'reference.md'?); "
                + "the generated documentation cites it as what the spec is written from",
            "\(spec):6:34: error: document \"../documents/reference.md\" of source 'up' is no file in \"\(documents)\"; "
                + "the generated documentation cites it as what the spec is written from",
        ], "\(run.errors)")
        // Without the option, nothing is looked for.
        _ = await CLI.run(["lint", spec], exitsWith: .success)
        let notAFolder = await CLI.run(["lint", spec, "--documents", spec], exitsWith: .failure)
        #expect(notAFolder.errors.contains("is no folder"))
    }

    /// An attack: `real.md` followed by a NUL was found as `real.md`, and the generated code cited a name that is no
    /// file; a folder was "did you mean" itself; a device was a document.
    @Test func aNameWithAControlCharacterOrNoRegularFileIsNoDocument() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        _ = try scratch.write("documents/real.md", "# Acme API\n")
        _ = try scratch.write("documents/folder/inside.md", "# Inside\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/documents/zero", withDestinationPath: "/dev/zero")
        let spec = try scratch.write("specs/acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources:
              nul: {title: NUL, document: "real.md\\0"}
              dir: {title: Folder, document: folder}
              dev: {title: Device, document: zero}
              ok: {title: Real, document: real.md}

            """)
        let documents = scratch.path + "/documents"
        let run = await CLI.run(["lint", spec, "--documents", documents], exitsWith: .failure)
        let errors = run.errors.split(separator: "\n").map(String.init)
        #expect(errors.count == 3, "\(run.errors)")
        #expect(errors.allSatisfy { $0.contains(" is no file in ") && !$0.contains("did you mean 'folder'") && !$0.contains("did you mean 'zero'") }, "\(run.errors)")
        #expect(!run.errors.contains("source 'ok'"))
    }

    /// The bundled specs cite the providers' documents (../shared/documents, beside the clone in CI) and the
    /// repository's own (docs/sources/…).
    @Test func theBundledSpecsCiteDocumentsThatExist() async throws {
        let shared = Repository.root.deletingLastPathComponent().appending(path: "shared/documents").path(percentEncoded: false)
        try #require(FileManager.default.fileExists(atPath: shared), "../shared/documents is beside the clone")
        let root = Repository.root.path(percentEncoded: false)
        let run = await CLI.run(["lint", root + "/specs", "--documents", shared, "--documents", root], exitsWith: .success)
        #expect(run.errors == "")
    }
}
