// The bundled SMS-gateway providers. Everything else in this module is generated at build time
// by SMSSpecPlugin from the specs in the package's top-level `specs/` directory.
// Apps see the product API of the runtime and its vocabulary; the machinery only generated code calls is
// `@_spi(Generated)` and stays out of reach of `import SMSProviders`.
@_exported import SMSSpecRuntime
