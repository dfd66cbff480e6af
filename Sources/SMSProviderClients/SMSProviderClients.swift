// Typed clients of the bundled providers (`Bind.Client`, `Ginota.Client`, …), generated at build time by
// SMSSpecPlugin from the top-level specs/ into extensions of SMSProviders' namespaces (docs/client.md).
@_exported import SMSProviders
@_exported import SMSSpecClient
