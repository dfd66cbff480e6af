// Callback receivers of the bundled providers (`Bind.Receivers.callbackEvent`, …), generated at build time by
// SMSSpecPlugin from the top-level specs/. No HTTP client: swift-http-types and the runtime only (docs/client.md).
@_exported import SMSProviders
@_exported import SMSSpecReceiver
