package vn.tonghop.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitApiResource {

    public record UnitDto(String code, String name, String kind, String parentCode, LocalDate validFrom,
            LocalDate validTo, int level) {

        static UnitDto of(UnitView v) {
            return new UnitDto(v.code(), v.name(), v.kind().name(), v.parentCode(), v.validFrom(), v.validTo(),
                    v.level());
        }
    }

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    /** The subtree under a unit (the unit itself first) as it stood on a day, today by default. */
    @GET
    public List<UnitDto> subtree(@QueryParam("under") String under, @QueryParam("on") LocalDate on) {
        if (under == null || under.isBlank()) {
            throw PortalException.invalid(messages.get().unitNotFound(""));
        }
        Unit root = units.require(under);
        LocalDate day = units.effectiveDay(root, on == null ? clock.today() : on);
        access.requireVisible(root, day);
        return units.subtree(root, day).stream().map(UnitDto::of).toList();
    }
}
