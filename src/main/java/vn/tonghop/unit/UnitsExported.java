package vn.tonghop.unit;

/** The unit tree given out as a file (a CDI event: audit, above this package, records it). */
public record UnitsExported(String fileName) {
}
