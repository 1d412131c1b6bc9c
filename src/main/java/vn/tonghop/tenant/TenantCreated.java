package vn.tonghop.tenant;

import vn.tonghop.unit.Unit;

/** A tenant opened with its root unit and first administrator (a CDI event: audit, above this package, records it). */
public record TenantCreated(Tenant tenant, Unit root, String adminUsername) {
}
