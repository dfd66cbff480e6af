// The bundled SMS-gateway providers. Everything else in this module is generated at build time
// by SMSSpecPlugin from the specs in the package's top-level `specs/` directory.
@_exported import SMSSpecRuntime
