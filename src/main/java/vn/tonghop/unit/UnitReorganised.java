package vn.tonghop.unit;

/** A merge, dissolution or move recorded (a CDI event: audit, above this package, records it). */
public record UnitReorganised(UnitEvent event) {
}
