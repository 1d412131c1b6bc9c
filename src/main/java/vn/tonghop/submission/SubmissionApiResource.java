package vn.tonghop.submission;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.campaign.CampaignProgress;
import vn.tonghop.campaign.Submission;
import vn.tonghop.submission.SubmissionContent.TableContent;

import static vn.tonghop.platform.time.PortalClock.local;

/** A unit's report in a campaign: read, save a draft, submit, return, versions. */
@Path("/api/campaigns/{id}/submissions/{unitCode}")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class SubmissionApiResource {

    /** Body of a save: the parts to replace and the version they were based on. */
    public record Update(Long version, Map<String, String> sections, Map<String, TableContent> tables,
            Map<String, String> explanations) {
        SubmissionContent content() {
            return new SubmissionContent(sections, tables, explanations);
        }
    }

    public record SaveResult(long version, String status, List<SubmissionIssue> issues) {
    }

    public record SubmitRequest(String signerName, String signerTitle, Map<String, String> explanations) {
    }

    public record SubmitResult(String status, boolean late, OffsetDateTime submittedAt, long version) {
    }

    public record ReturnRequest(String comment) {
    }

    public record VersionSummary(int number, String status, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime submittedAt, boolean late, String signerName, String signerTitle, String note) {
        static VersionSummary of(SubmissionVersion v) {
            return new VersionSummary(v.number, v.status.name(), v.createdBy, local(v.createdAt), local(v.submittedAt),
                    v.late, v.signerName, v.signerTitle, v.note);
        }
    }

    public record VersionView(VersionSummary version, SubmissionContent content) {
    }

    @Inject
    SubmissionService submissions;

    @Inject
    CampaignProgress campaignProgress;

    @Inject
    SubmissionDrafts drafts;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    IssuerOwnReport issuerOwn;

    @Inject
    EarlierPeriodFill earlier;

    @GET
    public SubmissionView get(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        Optional<SubmissionView> own = issuerOwn.view(id, unitCode);
        if (own.isPresent()) {
            return own.get();
        }
        Submission s = submissions.find(id, unitCode);
        return SubmissionView.of(s, submissions, earlier, campaignProgress.displayStatus(s));
    }

    @PUT
    public SaveResult save(@PathParam("id") long id, @PathParam("unitCode") String unitCode, Update update) {
        Optional<SaveResult> own = issuerOwn.save(id, unitCode, body(update).content(), body(update).version());
        if (own.isPresent()) {
            return own.get();
        }
        SubmissionDrafts.Saved saved = drafts.save(id, unitCode, body(update).content(), body(update).version());
        return new SaveResult(saved.submission().version, saved.submission().status.name(), saved.issues());
    }

    @POST
    @Path("submit")
    public SubmitResult submit(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            SubmitRequest request) {
        SubmitRequest r = request == null ? new SubmitRequest(null, null, null) : request;
        Submission s = workflow.submit(id, unitCode, r.signerName(), r.signerTitle(), r.explanations());
        return new SubmitResult(s.status.name(), s.late, local(s.submittedAt), s.version);
    }

    @POST
    @Path("return")
    public SubmissionView returnForRevision(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            ReturnRequest request) {
        Submission s = workflow.returnForRevision(id, unitCode, request == null ? null : request.comment());
        return SubmissionView.of(s, submissions, earlier, campaignProgress.displayStatus(s));
    }

    @POST
    @Path("copy-forward")
    public SaveResult copyForward(@PathParam("id") long id, @PathParam("unitCode") String unitCode, Update update) {
        SubmissionDrafts.Saved saved = drafts.copyForward(id, unitCode, body(update).version());
        return new SaveResult(saved.submission().version, saved.submission().status.name(), saved.issues());
    }

    @GET
    @Path("versions")
    public List<VersionSummary> versions(@PathParam("id") long id, @PathParam("unitCode") String unitCode) {
        return submissions.versions(id, unitCode).stream().map(VersionSummary::of).toList();
    }

    @GET
    @Path("versions/{number}")
    public VersionView version(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @PathParam("number") int number) {
        SubmissionVersion v = submissions.version(id, unitCode, number);
        return new VersionView(VersionSummary.of(v), SubmissionContent.fromJson(v.data));
    }

    /** What changed between two kept versions, cell by cell and section by section. */
    @GET
    @Path("compare")
    public List<SubmissionDiff.Change> compare(@PathParam("id") long id, @PathParam("unitCode") String unitCode,
            @QueryParam("from") int from, @QueryParam("to") int to) {
        SubmissionVersion a = submissions.version(id, unitCode, from);
        SubmissionVersion b = submissions.version(id, unitCode, to);
        return SubmissionDiff.between(SubmissionContent.fromJson(a.data), SubmissionContent.fromJson(b.data),
                submissions.outline(a.submission));
    }

    private Update body(Update update) {
        return update == null ? new Update(null, null, null, null) : update;
    }
}
