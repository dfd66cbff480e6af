// The status vocabulary (outcomes, categories, delivery states, the table row and its retry advice) and the checks
// lint shares with `validate()` (patterns, SMS segments, phone numbers, URLs) are defined once in SMSSpecVocabulary,
// shared with the generator; apps and generated code see them through the runtime (`SMSSpecRuntime.PhoneNumberRules`).
@_exported import SMSSpecVocabulary
