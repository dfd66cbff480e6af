// The generated code comes from ../../specs (see smsspec-config.yaml); SwiftPM needs one Swift file in a target.
import SMSSpecRuntime
