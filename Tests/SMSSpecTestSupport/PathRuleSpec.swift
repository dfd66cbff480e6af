/// Requests whose path parameters `httpRequest` may refuse (rule `path`): a list joined by a separator, an open enum,
/// a credential, and a text sent pre-encoded. The generated `validate()` (PathValidationTests, built and run) and the
/// rule interpreter (InterpretedPathRuleTests) are each checked against it.
public enum PathRuleSpec {
    public static let yaml = """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: [https://api.acme.example]
          auth: {type: fields, fields: [key]}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
        operations:
          byIDs: {method: GET, path: '/a/{ids}', request: ByIDs, responses: {200: {summary: Found.}}}
          byKind: {method: GET, path: '/b/{kind}', request: ByKind, responses: {200: {summary: Found.}}}
          byKey: {method: GET, path: '/c/{key}/x', request: ByKey, responses: {200: {summary: Found.}}}
          bySender: {method: GET, path: '/d/{sender}', request: BySender, responses: {200: {summary: Found.}}}
        shapes:
          ByIDs:
            fields:
              key: {type: string, secret: true, in: query}
              ids: {type: '[string]', in: path, separator: ','}
          ByKind:
            fields:
              key: {type: string, secret: true, in: query}
              kind: {type: Kind, in: path}
          ByKey:
            fields:
              key: {type: string, secret: true, in: path}
          BySender:
            fields:
              key: {type: string, secret: true, in: query}
              sender: {type: string, in: path, preEncoded: true}
        enums:
          Kind: {values: {sms: SMS., mms: MMS.}}

        """
}
