/// RajaSMS's responses and delivery report, written by hand from its API document. Codes are numbers on the wire.
public enum RajaSMS {}
