package vn.tonghop.tenant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

@ApplicationScoped
@Transactional
public class TenantService {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    public boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public boolean exists(String code) {
        return Tenant.findByCode(code).isPresent();
    }

    public List<Tenant> list() {
        return Tenant.listAll(io.quarkus.panache.common.Sort.by("name"));
    }

    public Tenant create(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw PortalException.invalid(messages.get().tenantBadCode());
        }
        if (exists(code)) {
            throw PortalException.conflict(messages.get().tenantExists(code));
        }
        Tenant tenant = new Tenant();
        tenant.code = code;
        tenant.name = name;
        tenant.createdAt = clock.nowOffset();
        tenant.persist();
        return tenant;
    }
}
