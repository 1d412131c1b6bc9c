package vn.tonghop.rollup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.SubmissionApiResource;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionDrafts;

/** The consolidation of a campaign: the live rollup, the issuer's consolidated report, and filling upward. */
@Path("/api/campaigns/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RollupApiResource {

    /** The issuer's part as the API shows and takes it. */
    public record Consolidated(Long version, Map<String, String> sections, Map<String, TableContent> tables,
            String reportNumber, LocalDate reportDate, String signerName, String signerTitle, String signerCapacity,
            String distribution, String updatedBy, OffsetDateTime updatedAt) {

        static Consolidated of(ConsolidatedReport r) {
            SubmissionContent c = r.content();
            return new Consolidated(r.version, c.sections(), c.tables(), r.reportNumber, r.reportDate, r.signerName,
                    r.signerTitle, r.signerCapacity, r.distribution, r.updatedBy, PortalClock.local(r.updatedAt));
        }
    }

    @Inject
    RollupService rollups;

    @Inject
    AuditLog audit;

    @Inject
    ConsolidationService consolidation;

    /** The rollup; {@code drafts=true} counts drafts too, {@code collapse=true} shows one row per district. */
    @GET
    @Path("rollup")
    public byte[] rollup(@PathParam("id") long id, @QueryParam("drafts") @DefaultValue("false") boolean drafts,
            @QueryParam("collapse") @DefaultValue("false") boolean collapse) {
        // the RollupView as JSON, written once while it is kept
        byte[] view = rollups.rollupJson(id, new RollupService.Options(drafts, collapse));
        Campaign.<Campaign> findByIdOptional(id).ifPresent(c -> audit.campaign(AuditAction.VIEW, c));
        return view;
    }

    @GET
    @Path("consolidated")
    public Consolidated consolidated(@PathParam("id") long id) {
        return Consolidated.of(consolidation.find(id));
    }

    @PUT
    @Path("consolidated")
    public Consolidated saveConsolidated(@PathParam("id") long id, Consolidated body) {
        Consolidated b = body == null
                ? new Consolidated(null, null, null, null, null, null, null, null, null, null, null)
                : body;
        ConsolidatedReport r = consolidation.save(id, new SubmissionContent(b.sections(), b.tables(), null),
                new ConsolidationService.Letter(b.reportNumber(), b.reportDate(), b.signerName(), b.signerTitle(),
                        b.signerCapacity(), b.distribution()),
                b.version());
        return Consolidated.of(r);
    }

    /** Fills the unit's report to this campaign from the consolidation of the campaign it relayed. */
    @POST
    @Path("submissions/{unitCode}/fill-from-children")
    public SubmissionApiResource.SaveResult fillFromChildren(@PathParam("id") long id,
            @PathParam("unitCode") String unitCode, SubmissionApiResource.Update body) {
        SubmissionDrafts.Saved saved = consolidation.fillFromChildren(id, unitCode,
                body == null ? null : body.version());
        return new SubmissionApiResource.SaveResult(saved.submission().version, saved.submission().status.name(),
                saved.issues());
    }
}
