package vn.tonghop.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.tonghop.campaign.Submission;
import vn.tonghop.template.model.PeriodOffset;

/**
 * The accepted reports that stand for a unit in an earlier period of the same regime, for the columns a template fills
 * from them. Periods and regimes are a feature above this one: it implements this (layers point down).
 */
public interface EarlierReports {

    /** One accepted report: the unit's own of that period, or that of a unit merged into it since. */
    record Report(String unitCode, SubmissionContent content) {
    }

    /** The earlier period as officials name it ("Quý I/2027") and its reports, none when nothing was submitted. */
    record Found(String periodLabel, List<Report> reports) {
        public Found {
            reports = List.copyOf(reports);
        }
    }

    /** Empty when the report's campaign is of no regime, or the regime has not opened that period. */
    default Optional<Found> find(Submission submission, PeriodOffset offset) {
        return Optional.ofNullable(findAll(List.of(submission), offset).get(submission.id));
    }

    /**
     * The same for many reports at once (a campaign's), by report id; reports without an earlier period are left out.
     */
    Map<Long, Found> findAll(List<Submission> submissions, PeriodOffset offset);
}
