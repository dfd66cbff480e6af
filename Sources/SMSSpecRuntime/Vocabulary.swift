// The status vocabulary (outcomes, categories, delivery states, the table row and its retry advice) is defined
// once in SMSSpecVocabulary, shared with the generator; apps and generated code see it through the runtime.
@_exported import SMSSpecVocabulary
