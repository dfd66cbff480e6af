// The bundled providers' catalog for tools: every message by name (`SMSSpecCatalog.providers`,
// `SMSSpecCatalog.provider(_:)`, `Bind.catalog`, …) and the documents' example payloads (`Bind.examples`, …), the
// broken ones as published too. Generated at build time by SMSSpecPlugin from the package's top-level `specs/`, as
// the `catalog` output extending the namespaces SMSProviders declares (see smsspec-config.yaml). Apps that decode
// or build requests import SMSProviders only and never compile this; `smsspec decode` and the tests use it.
@_exported import SMSProviders
