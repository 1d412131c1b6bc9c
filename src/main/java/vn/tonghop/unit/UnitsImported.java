package vn.tonghop.unit;

/** A units file imported (a CDI event: audit, above this package, records it); {@code summary} as the user read it. */
public record UnitsImported(String summary, UnitImportService.Result result) {
}
