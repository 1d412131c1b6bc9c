package vn.tonghop.tenant;

/** What a platform administrator fills in to open a tenant: the tenant, its root unit and its first administrator. */
public record NewTenant(String code, String name, String rootCode, String rootName, String adminUsername,
        String adminDisplayName) {

    public static NewTenant empty() {
        return new NewTenant("", "", "", "", "", "");
    }
}
