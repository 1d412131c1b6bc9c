package vn.tonghop.submission;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Membership;
import vn.tonghop.user.Role;

/** What the form says about the hand-off: who approves, and whether this user submits without an approver. */
@RequestScoped
@Named("approvalNotes")
public class ApprovalNotes {

    @Inject
    CurrentMemberships currentMemberships;

    /** The unit's approvers by login, comma-separated ("" when it has none). */
    public String approvers(String unitCode) {
        return String.join(", ", approverLogins(unitCode));
    }

    /** The user reports for a unit that has no approver, so submits directly. */
    public boolean submitsDirectly(String unitCode) {
        boolean reporter = currentMemberships.memberships().stream()
                .anyMatch(m -> m.unit.code.equals(unitCode) && m.role == Role.REPORTER);
        boolean approver = currentMemberships.memberships().stream()
                .anyMatch(m -> m.unit.code.equals(unitCode) && m.role == Role.APPROVER);
        return reporter && !approver && approverLogins(unitCode).isEmpty();
    }

    private List<String> approverLogins(String unitCode) {
        return Membership
                .<Membership> find("from Membership m join fetch m.user where m.unit.code = ?1 and m.role = ?2"
                        + " order by m.user.username", unitCode, Role.APPROVER)
                .list().stream().map(m -> m.user.username).toList();
    }
}
