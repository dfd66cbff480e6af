// Everything else in this module is generated from its specs by SMSSpecPlugin. SwiftPM needs at least one
// Swift file in a target; this one also re-exports the runtime the generated code uses.
@_exported import SMSSpecRuntime
