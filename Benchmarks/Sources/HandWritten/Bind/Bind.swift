/// Bind's callbacks, written by hand from document 002.
public enum Bind {}
