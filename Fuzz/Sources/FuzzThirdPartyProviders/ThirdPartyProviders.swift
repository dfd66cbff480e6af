// The third-party specs of Tests/ThirdPartySpecs as Swift: Fuzz/run.sh generates them into Generated/ here (ignored by
// git) with the generator (smsspec-generator, Fuzz/thirdparty-config.yaml) before it builds the harnesses, so their
// catalog (`ThirdPartyCatalog`) is fuzzed beside the bundled one. This file only keeps the folder a target when
// nothing has been generated yet.
